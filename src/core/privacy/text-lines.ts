import { lineStarts } from "../markdown/lines";

/** A line of a text: its content is `[start, end)`, its line ending `[end, next)`. */
export interface TextLine {
	start: number;
	end: number;
	next: number;
}

/** Lines ending in `\r\n`, `\n` or a lone `\r`, as CommonMark reads them. */
export function splitLines(text: string): TextLine[] {
	const lines: TextLine[] = [];
	const endings = /\r\n|\n|\r/g;
	let start = 0;
	for (let match = endings.exec(text); match !== null; match = endings.exec(text)) {
		lines.push({ start, end: match.index, next: match.index + match[0].length });
		start = match.index + match[0].length;
	}
	lines.push({ start, end: text.length, next: text.length });
	return lines;
}

/** The 1-based line number of an offset in `text`. */
export function lineNumbers(text: string): (offset: number) => number {
	const starts = lineStarts(text);
	return (offset) => Math.max(0, lastAtOrBefore(starts, offset)) + 1;
}

/** The index of the last value in `sorted` that is at most `value`; -1 when there is none. */
export function lastAtOrBefore(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length - 1;
	let found = -1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if ((sorted[mid] ?? 0) <= value) {
			found = mid;
			low = mid + 1;
		} else high = mid - 1;
	}
	return found;
}
