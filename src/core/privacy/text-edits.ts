import { sorted } from "./sorted";
import { lastAtOrBefore } from "./text-lines";

/** A span of a text: `start` inclusive, `end` exclusive. */
export interface Range {
	start: number;
	end: number;
}

/** Replaces `text.slice(start, end)` with `insert`. */
export interface Edit extends Range {
	insert: string;
}

export interface EditedText {
	text: string;
	/** Where an offset of the edited text came from in the original; inserted text points at its edit's start. */
	origin: (offset: number) => number;
}

export function deletion(range: Range): Edit {
	return { start: range.start, end: range.end, insert: "" };
}

/** Applies edits that do not overlap each other, given in any order. */
export function applyEdits(text: string, edits: readonly Edit[]): EditedText {
	const pieces: string[] = [];
	// One entry per piece of the edited text: where it starts there, where it came from, whether it was kept as is.
	const starts: number[] = [];
	const sources: number[] = [];
	const kept: boolean[] = [];
	let length = 0;
	const add = (piece: string, source: number, isKept: boolean): void => {
		if (piece === "") return;
		pieces.push(piece);
		starts.push(length);
		sources.push(source);
		kept.push(isKept);
		length += piece.length;
	};
	let at = 0;
	for (const edit of sorted(edits, (a, b) => a.start - b.start)) {
		add(text.slice(at, edit.start), at, true);
		add(edit.insert, edit.start, false);
		at = Math.max(at, edit.end);
	}
	add(text.slice(at), at, true);
	const origin = (offset: number): number => {
		const i = lastAtOrBefore(starts, offset);
		if (i < 0) return 0;
		const source = sources[i] ?? 0;
		return kept[i] ? source + offset - (starts[i] ?? 0) : source;
	};
	return { text: pieces.join(""), origin };
}

/** Sorted, with overlapping and touching ranges joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
	const merged: Range[] = [];
	for (const range of sorted(ranges, (a, b) => a.start - b.start)) {
		const last = merged[merged.length - 1];
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else merged.push({ start: range.start, end: range.end });
	}
	return merged;
}

/** Maps a range of an edited text back to the original, covering whatever was removed inside it. */
export function rangeOrigin(range: Range, origin: (offset: number) => number): Range {
	const start = origin(range.start);
	return { start, end: range.end > range.start ? origin(range.end - 1) + 1 : start };
}
