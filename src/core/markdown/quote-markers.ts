import { skipWhiteSpace } from "./white-space";

export interface QuoteMarkers {
	/** How many blockquote markers `>` open the line. */
	depth: number;
	/** Where the rest of the line after them starts; the line's start when there are none. */
	contentStart: number;
}

/**
 * Reads the `>` markers that open the line `[start, end)` of `text`: white space between them, indentation and a
 * list marker before one (`- > [!private]`, `> 1. > quote`) are all allowed, so a quote inside a list inside a
 * callout still counts. By offset, without slicing the line.
 */
export function quoteMarkers(text: string, start: number, end: number): QuoteMarkers {
	let depth = 0;
	let rest = start;
	for (;;) {
		const unindented = skipWhiteSpace(text, rest, end);
		if (unindented < end && text[unindented] === ">") {
			depth++;
			rest = unindented + 1;
			continue;
		}
		const afterMarker = listMarkerEnd(text, unindented, end);
		if (afterMarker !== -1) {
			const quote = skipWhiteSpace(text, afterMarker, end);
			if (quote < end && text[quote] === ">") {
				rest = afterMarker;
				continue;
			}
		}
		return { depth, contentStart: depth === 0 ? start : rest };
	}
}

/** Where `/^(?:[-*+]|\d{1,9}[.)])[ \t]+/` at `at` ends, or -1 when it does not match there. */
function listMarkerEnd(text: string, at: number, end: number): number {
	let after = at;
	if (at < end && "-*+".includes(text[at] ?? "")) after = at + 1;
	else {
		while (after < end && after - at <= 9 && isDigit(text.charCodeAt(after))) after++;
		if (after === at || after - at > 9 || after >= end || (text[after] !== "." && text[after] !== ")")) return -1;
		after++;
	}
	if (after >= end || (text[after] !== " " && text[after] !== "\t")) return -1;
	while (after < end && (text[after] === " " || text[after] === "\t")) after++;
	return after;
}

function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}
