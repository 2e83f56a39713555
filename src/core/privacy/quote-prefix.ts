import { quoteMarkers } from "../markdown/quote-markers";

export interface QuotePrefix {
	/** How many blockquote markers `>` open the line. */
	depth: number;
	/** The rest of the line after them. */
	content: string;
}

/**
 * Reads the `>` markers that open a line: spaces between them, indentation and a list marker before one
 * (`- > [!private]`, `> 1. > quote`) are all allowed, so a quote inside a list inside a callout still counts.
 */
export function quotePrefix(line: string): QuotePrefix {
	const { depth, contentStart } = quoteMarkers(line, 0, line.length);
	return { depth, content: depth === 0 ? line : line.slice(contentStart) };
}
