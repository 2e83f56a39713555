import type { Language } from "../i18n/language";
import type { IntervisieMethod } from "./method";
import { BALINT } from "./balint";
import { FIVE_STEP } from "./five-step";
import { GOSSIP } from "./gossip";
import { INCIDENT } from "./incident";
import { INCIDENT_SHORT } from "./incident-short";
import { QUALITIES } from "./qualities";
import { SIX_PHASE } from "./six-phase";
import { SOCRATIC } from "./socratic";
import { SUCCESSFUL_CASE } from "./successful-case";
import { TEN_STEP } from "./ten-step";

export const DEFAULT_METHOD_ID = SIX_PHASE.id;

/** All built-in methods; the default comes first. */
const BUILT_IN: readonly IntervisieMethod[] = [
	SIX_PHASE,
	INCIDENT,
	INCIDENT_SHORT,
	BALINT,
	GOSSIP,
	FIVE_STEP,
	TEN_STEP,
	SUCCESSFUL_CASE,
	SOCRATIC,
	QUALITIES,
];

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
