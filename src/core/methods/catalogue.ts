import type { Language } from "../i18n/language";
import type { IntervisieMethod } from "./method";
import { SIX_PHASE } from "./six-phase";

export const DEFAULT_METHOD_ID = SIX_PHASE.id;

const BUILT_IN: readonly IntervisieMethod[] = [SIX_PHASE];

export function builtInMethods(): readonly IntervisieMethod[] {
	return BUILT_IN;
}

/** A method's name in the language, or the id itself for a method the catalogue does not know. */
export function methodName(id: string, language: Language): string {
	return BUILT_IN.find((m) => m.id === id)?.name[language] ?? id;
}

/** The method with this id; an unknown id falls back to the default so a case can always be prepared. */
export function methodById(id: string | null | undefined): IntervisieMethod {
	return BUILT_IN.find((m) => m.id === id) ?? SIX_PHASE;
}
