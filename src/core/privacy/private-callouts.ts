import { foldName } from "./fold-name";
import { quotePrefix, type QuotePrefix } from "./quote-prefix";
import type { Range } from "./text-edits";
import { splitLines, type TextLine } from "./text-lines";

const CALLOUT_TYPE = /^\s*\[!([^\]\r\n]*)\]/;
const PRIVATE_TYPES = new Set(["private", "prive"]);

/** `[!private]`, `[!PRIVATE]-`, `[!Privé]+ title`, `[!private|wide]`: the type before any `|`, in any case. */
export function isPrivateCalloutHeader(content: string): boolean {
	const match = CALLOUT_TYPE.exec(content);
	return match !== null && PRIVATE_TYPES.has(foldName((match[1] ?? "").split("|")[0] ?? ""));
}

/**
 * Private callouts, each as whole lines with their line endings: the header and every line after it that
 * continues the quote at the same or a deeper level. A non-blank line quoted less deeply is read as a lazy
 * continuation and hidden too, even where CommonMark would end the quote: only a line that is blank (apart from
 * shallower `>` markers) ends the callout. So a private callout inside another callout leaves the outer one.
 */
export function findPrivateCallouts(text: string): Range[] {
	if (!text.includes("[!")) return [];
	const lines = splitLines(text);
	const quoteOf = (line: TextLine): QuotePrefix => quotePrefix(text.slice(line.start, line.end));
	const callouts: Range[] = [];
	let i = 0;
	while (i < lines.length) {
		const header = lines[i];
		const quote = header ? quoteOf(header) : null;
		if (!header || !quote || quote.depth === 0 || !isPrivateCalloutHeader(quote.content)) {
			i++;
			continue;
		}
		let last = header;
		for (i++; i < lines.length; i++) {
			const line = lines[i];
			const next = line ? quoteOf(line) : null;
			if (!line || !next || (next.depth < quote.depth && next.content.trim() === "")) break;
			last = line;
		}
		callouts.push({ start: header.start, end: last.next });
	}
	return callouts;
}
