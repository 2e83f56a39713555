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
