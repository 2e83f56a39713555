import { backtickRun, CodeSpanEnds } from "./code-spans";
import { closesFence, openingFence } from "./fences";
import type { Fence } from "./fences";

/**
 * Blanks what Obsidian does not read links or tags from: fenced code blocks, inline code spans,
 * HTML comments and backslash escapes, plus everything before `from` (the frontmatter, which becomes
 * one run of spaces). The result has the same length, so offsets found in it hold for the text; the
 * line breaks after `from` stay.
 * `%% comments %%` stay: Obsidian's metadata cache does read links and tags inside them.
 */
export function maskUnparsed(text: string, from: number): string {
	const ranges: [number, number][] = [];
	let fence: Fence | null = null;
	let i = from;
	let atLineStart = true;
	const codeSpans = new CodeSpanEnds(text);
	while (i < text.length) {
		if (atLineStart) {
			const end = lineEnd(text, i);
			const line = text.slice(i, text[end - 1] === "\r" ? end - 1 : end);
			const opened: Fence | null = fence ? null : openingFence(line);
			if (fence || opened) {
				if (fence && closesFence(line, fence)) fence = null;
				else if (opened) fence = opened;
				ranges.push([i, end]);
				i = end + 1;
				continue;
			}
			atLineStart = false;
		}
		SPECIAL.lastIndex = i;
		const found = SPECIAL.exec(text);
		if (!found) break;
		i = found.index;
		const c = found[0];
		if (c === "\n") {
			atLineStart = true;
			i++;
		} else if (c === "\\") {
			const escapes = isAsciiPunctuation(text.charCodeAt(i + 1));
			if (escapes) ranges.push([i, i + 2]);
			i += escapes ? 2 : 1;
		} else if (c === "`") {
			const close = codeSpans.endOf(i);
			if (close > i) ranges.push([i, close]);
			i = close > i ? close : i + backtickRun(text, i);
		} else if (text.startsWith("<!--", i)) {
			const close = text.indexOf("-->", i + 4);
			const end = close === -1 ? text.length : close + 3;
			ranges.push([i, end]);
			i = end;
		} else {
			i++;
		}
	}
	if (ranges.length === 0 && from === 0) return text;
	return " ".repeat(from) + blankRanges(text.slice(from), ranges, from);
}

/** Replaces every character but line breaks inside the ranges (offsets minus `shift`) with a space. */
function blankRanges(text: string, ranges: readonly (readonly [number, number])[], shift: number): string {
	let out = "";
	let at = 0;
	for (const [rangeStart, rangeEnd] of ranges) {
		const start = rangeStart - shift;
		const end = rangeEnd - shift;
		if (end <= at) continue;
		const from = Math.max(start, at);
		out += text.slice(at, from) + blank(text.slice(from, end));
		at = end;
	}
	return out + text.slice(at);
}

function blank(piece: string): string {
	return /[\r\n]/.test(piece) ? piece.replace(/[^\r\n]+/g, (run) => " ".repeat(run.length)) : " ".repeat(piece.length);
}

/** The characters where something to blank may begin. */
const SPECIAL = /[\n\\`<]/g;

function lineEnd(text: string, from: number): number {
	const index = text.indexOf("\n", from);
	return index === -1 ? text.length : index;
}

function isAsciiPunctuation(code: number): boolean {
	return (
		(code >= 0x21 && code <= 0x2f) ||
		(code >= 0x3a && code <= 0x40) ||
		(code >= 0x5b && code <= 0x60) ||
		(code >= 0x7b && code <= 0x7e)
	);
}
