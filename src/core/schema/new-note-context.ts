import type { NoteKind } from "./kinds";
import { P } from "./property-names";

/** What every created note carries. */
export interface NewNoteContext {
	id: string;
	author: string;
	today: string;
}

/** A link property's value as written: `"[[Note]]"`, which Obsidian tracks and rewrites on rename. */
export function wikilink(linktext: string): string {
	return `[[${linktext}]]`;
}

/** The properties every note of ours starts with, in this order: its kind, its id and whose it is. */
export function noteHead(kind: NoteKind, context: NewNoteContext): Record<string, string> {
	return { [P.kind]: kind, [P.id]: context.id, [P.author]: context.author };
}
