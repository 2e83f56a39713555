import { BALINT } from "./balint";
import { FIVE_STEP } from "./five-step";
import { GOSSIP } from "./gossip";
import { INCIDENT } from "./incident";
import { INCIDENT_SHORT } from "./incident-short";
import type { IntervisieMethod } from "./method";
import { QUALITIES } from "./qualities";
import { SIX_PHASE } from "./six-phase";
import { SOCRATIC } from "./socratic";
import { SUCCESSFUL_CASE } from "./successful-case";
import { TEN_STEP } from "./ten-step";

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

/**
 * The built-in methods as plain data, the default first. Only `catalogue.ts` calls this: the plugin build
 * stores the list deflated in main.js and inflates it on the first call (scripts/compressed-data.mjs),
 * so it must stay pure JSON data, and nothing else may import the method files.
 */
export function builtInMethodList(): readonly IntervisieMethod[] {
	return BUILT_IN;
}
