export type OmittedWhat = "callout" | "comment" | "embed" | "link" | "property" | "section";

/** One private part left out of a shareable copy, for the "what will be left out" preview. */
export interface Omission {
	what: OmittedWhat;
	/** 1-based line in the original body; 0 for a property, which lives in the frontmatter. */
	line: number;
	/** The first characters of what was left out, whitespace folded to single spaces. */
	excerpt: string;
}

const EXCERPT_LENGTH = 60;

/** How many parts a preview lists with their excerpt; of a note with more, it counts the rest. */
export const LISTED_PARTS = 200;

export function excerptOf(text: string): string {
	const flat = text.slice(0, EXCERPT_LENGTH * 20).replace(/\s+/g, " ").trim();
	// By code points, so an emoji is never cut in half.
	return Array.from(flat.slice(0, EXCERPT_LENGTH * 2))
		.slice(0, EXCERPT_LENGTH)
		.join("");
}
