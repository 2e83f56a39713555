import type { Language } from "../i18n/language";
import { builtInMethodList } from "./built-in-methods";
import type { IntervisieMethod } from "./method";

/** The six-phase model. A plain string, so reading it (as the settings do at load) never unpacks the catalogue. */
export const DEFAULT_METHOD_ID = "six-phase";

/** All built-in methods; the default comes first. */
export function builtInMethods(): readonly IntervisieMethod[] {
	return builtInMethodList();
}

/** A method's name in the language, or the id itself for a method the catalogue does not know. */
export function methodName(id: string, language: Language): string {
	return builtInMethods().find((m) => m.id === id)?.name[language] ?? id;
}

/** The method with this id; an unknown id falls back to the default so a case can always be prepared. */
export function methodById(id: string | null | undefined): IntervisieMethod {
	return builtInMethods().find((m) => m.id === id) ?? defaultMethod();
}

function defaultMethod(): IntervisieMethod {
	const method = builtInMethods().find((m) => m.id === DEFAULT_METHOD_ID);
	if (!method) throw new Error(`The built-in catalogue lacks its default method "${DEFAULT_METHOD_ID}"`);
	return method;
}
