import type { IsPrivateTarget } from "./link-hit";
import type { PartWhat } from "./outermost-parts";
import type { HiddenMark } from "./shareable-body";
import { shareableBodyWithMarks } from "./shareable-body";

/**
 * The shareable body as markdown to preview, with a highlighted word where each private part was left out. A
 * link to a private note needs none: its label already stands in its place. A part that took whole lines (a
 * private box, a section) gets a paragraph of its own; one inside a line (a comment) a word in the line.
 */
export function markedCopy(body: string, marks: readonly HiddenMark[], word: (what: PartWhat) => string): string {
	const pieces: string[] = [];
	let at = 0;
	for (const mark of marks) {
		if (mark.what === "link" || mark.what === "embed") continue;
		pieces.push(body.slice(at, mark.at));
		const atLineStart = mark.at === 0 || body[mark.at - 1] === "\n";
		const highlighted = `==${word(mark.what)}==`;
		pieces.push(atLineStart ? `${highlighted}\n\n` : highlighted);
		at = mark.at;
	}
	pieces.push(body.slice(at));
	return pieces.join("");
}

/**
 * The preview of a copy whose body is `written`: marked in place when finding the marks again gives the same
 * body, else the body as written, unmarked (a preview never shows what the copy would not hold).
 */
export function markedPreview(body: string, isPrivateTarget: IsPrivateTarget, label: string, written: string, word: (what: PartWhat) => string): string {
	const found = shareableBodyWithMarks(body, isPrivateTarget, label);
	return found.body === written ? markedCopy(found.body, found.marks, word) : written;
}
