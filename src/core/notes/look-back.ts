import type { NoteTexts } from "../templates/note-texts";
import type { Action } from "./actions";
import { wikilink } from "./note-draft";

/** The open actions of my last report, and which report they come from (its link text). */
export interface PreviousActions {
	from: string | null;
	actions: readonly Action[];
	/** The report's path, where an action can be ticked off. */
	path?: string;
}

export const NO_PREVIOUS_ACTIONS: PreviousActions = { from: null, actions: [] };

/**
 * Last time's actions for the accountability round, as plain list items with a link to their report:
 * as tasks they would show twice in every task list, and ticking the copy would not tick the original.
 */
export function renderLookBack(previous: PreviousActions, texts: NoteTexts): string {
	const t = texts.lookBack;
	if (previous.actions.length === 0) return t.empty;
	const items = previous.actions.map((a) => `- ${a.text}${a.due ? ` (${t.due(a.due)})` : ""}`);
	return previous.from ? [t.from(wikilink(previous.from)), "", ...items].join("\n") : items.join("\n");
}
