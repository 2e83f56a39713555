import type { Language } from "../i18n/language";
import type { IntervisieMethod } from "./method";
import { totalMinutes } from "./total-minutes";

/** What a method picker shows under the chosen method: what it is, how long it takes, which groups it suits. */
export function methodSummary(method: IntervisieMethod, language: Language): string {
	const parts = [method.description[language].trim(), `${totalMinutes(method)} min.`, method.fits[language].trim()];
	return parts.filter((part) => part !== "").join(" ");
}
