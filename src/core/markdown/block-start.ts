import { atxOpening } from "./atx-heading";
import { fenceRunAt } from "./fences";

const THEMATIC_BREAK = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A bullet item, or a numbered one starting at 1, with text after its marker: only those can end a paragraph. */
const LIST_ITEM = /^(?:[-+*]|0*1[.)])[ \t]+\S/;
/** The characters one of those blocks can start with; a line starting otherwise is read no further. */
const BLOCK_FIRST = "#`~-*_+01";

/**
 * Whether the line `[start, end)` of `text` starts a block that ends the paragraph before it, so it cannot be a
 * lazy continuation of a quote: a heading, a code fence, a thematic break, or a list item (CommonMark's rules
 * for interrupting a paragraph). A line indented by four or more columns never does.
 */
export function startsNewBlock(text: string, start: number, end: number): boolean {
	let at = start;
	let width = 0;
	for (; at < end; at++) {
		const c = text[at];
		if (c === " ") width++;
		else if (c === "\t") width += 4;
		else break;
	}
	if (width >= 4 || at >= end || !BLOCK_FIRST.includes(text[at] ?? "")) return false;
	if (atxOpening(text, at, end, 0) !== null || fenceRunAt(text, at, end) !== null) return true;
	const content = text.slice(at, end);
	return THEMATIC_BREAK.test(content) || LIST_ITEM.test(content);
}
