import { startsNewBlock } from "../markdown/block-start";
import { fenceRunAt } from "../markdown/fences";
import { lineEnd, nextLineStart } from "../markdown/lines";
import { quoteMarkers } from "../markdown/quote-markers";
import { isBlankBetween, skipWhiteSpace } from "../markdown/white-space";
import { foldName } from "./fold-name";
import type { Range } from "./text-edits";

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
 * leaves the outer one. Lines are read by offset: a note of a hundred thousand lines costs no object per line.
 */
export function findPrivateCallouts(text: string): Range[] {
	if (!text.includes("[!")) return [];
	const callouts: Range[] = [];
	for (let start = 0; ; ) {
		const end = lineEnd(text, start);
		const quote = quoteMarkers(text, start, end);
		if (quote.depth > 0 && isPrivateHeaderAt(text, quote.contentStart, end)) {
			const callout = calloutAfter(text, end, quote.depth);
			callouts.push({ start, end: callout.end });
			if (callout.stoppedAt === null) return callouts;
			start = callout.stoppedAt;
			continue;
		}
		if (end === text.length) return callouts;
		start = nextLineStart(text, end);
	}
}

function isPrivateHeaderAt(text: string, contentStart: number, end: number): boolean {
	// Only a line whose content starts with `[!` is sliced and read.
	return text.startsWith("[!", skipWhiteSpace(text, contentStart, end)) && isPrivateCalloutHeader(text.slice(contentStart, end));
}

/**
 * The lines of a callout after its header (which ends at `headerEnd`), quoted `depth` deep: where its last line's
 * ending ends, and where the line that stopped it starts (null when the callout runs to the end of the text).
 */
function calloutAfter(text: string, headerEnd: number, depth: number): { end: number; stoppedAt: number | null } {
	let last = nextLineStart(text, headerEnd);
	if (headerEnd === text.length) return { end: last, stoppedAt: null };
	let paragraph = true;
	let fence: string | null = null;
	for (let start = last; ; ) {
		const end = lineEnd(text, start);
		const line = quoteMarkers(text, start, end);
		const content = line.contentStart;
		if (line.depth < depth && !isLazyContinuation(text, content, end, paragraph, fence)) return { end: last, stoppedAt: start };
		if (line.depth >= depth) {
			const opened = fenceRunAt(text, content, end);
			if (fence !== null) fence = opened !== null && opened.startsWith(fence[0] ?? "") && opened.length >= fence.length ? null : fence;
			else if (opened !== null) fence = opened;
			paragraph = fence === null && opened === null && !isBlankBetween(text, content, end) && !startsNewBlock(text, content, end);
		}
		last = nextLineStart(text, end);
		if (end === text.length) return { end: last, stoppedAt: null };
		start = last;
	}
}

/** A line quoted less deeply than the callout stays in it only as the continuation of an open paragraph. */
function isLazyContinuation(text: string, start: number, end: number, paragraph: boolean, fence: string | null): boolean {
	return paragraph && fence === null && !isBlankBetween(text, start, end) && !startsNewBlock(text, start, end);
}
