import { eachComment } from "../markdown/without-comments";
import type { Range } from "./text-edits";

/**
 * Obsidian comments `%% … %%` and HTML comments `<!-- … -->`, inline or across lines. Both are hidden when
 * reading, so both count as private. An unclosed one runs to the end of the note, and code spans and fences
 * are no exception: hiding a `%%` that was meant as code is the safer mistake.
 */
export function findComments(text: string): Range[] {
	const comments: Range[] = [];
	eachComment(text, (start, end) => comments.push({ start, end }));
	return comments;
}
