export interface QuotePrefix {
	/** How many blockquote markers `>` open the line. */
	depth: number;
	/** The rest of the line after them. */
	content: string;
}

const LEADING_SPACE = /^\s+/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;

/**
 * Reads the `>` markers that open a line: spaces between them, indentation and a list marker before one
 * (`- > [!private]`, `> 1. > quote`) are all allowed, so a quote inside a list inside a callout still counts.
 */
export function quotePrefix(line: string): QuotePrefix {
	let depth = 0;
	let rest = line;
	for (;;) {
		const unindented = rest.replace(LEADING_SPACE, "");
		if (unindented.startsWith(">")) {
			depth++;
			rest = unindented.slice(1);
			continue;
		}
		const marker = LIST_MARKER.exec(unindented);
		const afterMarker = marker ? unindented.slice(marker[0].length) : "";
		if (marker && afterMarker.replace(LEADING_SPACE, "").startsWith(">")) {
			rest = afterMarker;
			continue;
		}
		return { depth, content: depth === 0 ? line : rest };
	}
}
