import { lineEnd, nextLineStart } from "../markdown/lines";

/** A line of a text: its content is `[start, end)`, its line ending `[end, next)`. */
export interface TextLine {
	start: number;
	end: number;
	next: number;
}

/** Lines ending in `\r\n`, `\n` or a lone `\r`, as CommonMark reads them. */
export function splitLines(text: string): TextLine[] {
	const lines: TextLine[] = [];
	for (let start = 0; ; ) {
		const end = lineEnd(text, start);
		const next = nextLineStart(text, end);
		lines.push({ start, end, next });
		if (end === text.length) return lines;
		start = next;
	}
}

/**
 * The 1-based line number of an offset in `text`, counted on from the offset asked before: asked in reading
 * order, as the parts of a note are, it reads the text once and keeps nothing per line.
 */
export function lineNumbers(text: string): (offset: number) => number {
	const following = (start: number): number => {
		const end = lineEnd(text, start);
		return end === text.length ? Infinity : nextLineStart(text, end);
	};
	let line = 1;
	let start = 0;
	let next = following(0);
	return (offset) => {
		if (offset < start) {
			line = 1;
			start = 0;
			next = following(0);
		}
		while (next <= offset) {
			line++;
			start = next;
			next = following(start);
		}
		return line;
	};
}

/** The index of the last value in `sorted` that is at most `value`; -1 when there is none. */
export function lastAtOrBefore(sorted: ArrayLike<number>, value: number): number {
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
