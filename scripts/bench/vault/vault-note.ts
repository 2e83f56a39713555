import type { NoteKind } from "../../../src/core/schema/kinds";

/** One generated file: where, its text, and what it is (null for an ordinary note). */
export interface VaultNote {
	path: string;
	text: string;
	kind: NoteKind | null;
	author: string | null;
}

/** A learning goal as later notes link to it. */
export interface GoalRef {
	link: string;
	author: string;
	/** The trajectory's period, for daily notes that mention the goal while it runs. */
	start: string;
	end: string;
}
