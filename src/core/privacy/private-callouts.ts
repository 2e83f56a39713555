import { foldName } from "./fold-name";
import { fenceOf, startsNewBlock } from "./paragraph-breaks";
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
 * continues the quote at the same or a deeper level, and every line Obsidian shows inside the box as a lazy
 * continuation of its last paragraph. A line that is blank (apart from shallower `>` markers), or that starts a
 * list item, heading, fence or thematic break, ends the callout. So a private callout inside another callout
 * leaves the outer one.
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
		let paragraph = true;
		let fence: string | null = null;
		for (i++; i < lines.length; i++) {
			const line = lines[i];
			const next = line ? quoteOf(line) : null;
			if (!line || !next) break;
			if (next.depth < quote.depth && !isLazyContinuation(next.content, paragraph, fence)) break;
			if (next.depth >= quote.depth) {
				const opened = fenceOf(next.content);
				if (fence !== null) fence = opened !== null && opened.startsWith(fence[0] ?? "") && opened.length >= fence.length ? null : fence;
				else if (opened !== null) fence = opened;
				paragraph = fence === null && opened === null && next.content.trim() !== "" && !startsNewBlock(next.content);
			}
			last = line;
		}
		callouts.push({ start: header.start, end: last.next });
	}
	return callouts;
}

/** A line quoted less deeply than the callout stays in it only as the continuation of an open paragraph. */
function isLazyContinuation(content: string, paragraph: boolean, fence: string | null): boolean {
	return paragraph && fence === null && content.trim() !== "" && !startsNewBlock(content);
}
