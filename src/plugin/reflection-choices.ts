import type { Language } from "../core/i18n/language";
import { reflectionModels } from "../core/reflection/reflection-models";

/** The reflection models as dropdown choices `[id, name]`, the plain report first. */
export function reflectionChoices(language: Language): [string, string][] {
	return reflectionModels().map((m) => [m.id, m.name[language]]);
}
