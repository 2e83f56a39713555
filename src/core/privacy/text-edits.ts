import { TextBuilder } from "../markdown/text-builder";
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

/** Applies edits that do not overlap each other, given in any order. */
export function applyEdits(text: string, edits: readonly Edit[]): EditedText {
	const pieces = new Pieces(text, edits.length);
	for (const edit of sorted(edits, (a, b) => a.start - b.start)) {
		pieces.keepUpTo(edit.start);
		pieces.insert(edit.insert, edit.start, edit.end);
	}
	return pieces.done();
}

/** `applyEdits` of the deletions of `ranges`, which are in order and do not overlap, without an edit for each. */
export function withoutRanges(text: string, ranges: readonly Range[]): EditedText {
	const pieces = new Pieces(text, ranges.length);
	for (const range of ranges) {
		pieces.keepUpTo(range.start);
		pieces.insert("", range.start, range.end);
	}
	return pieces.done();
}

/**
 * The pieces of an edited text, built once at the end, and where each came from: in typed arrays sized for
 * the edits, so a hundred thousand of them leave no object behind.
 */
class Pieces {
	private readonly pieces = new TextBuilder();
	// Per piece of the edited text: where it starts there, where it came from, whether it was kept as is (1) or inserted (0).
	private readonly starts: Int32Array;
	private readonly sources: Int32Array;
	private readonly kept: Uint8Array;
	private count = 0;
	private length = 0;
	/** How far the original text has been read. */
	private at = 0;

	constructor(
		private readonly text: string,
		edits: number,
	) {
		// Each edit adds at most a kept piece before it and its insert; one more piece follows the last.
		this.starts = new Int32Array(2 * edits + 1);
		this.sources = new Int32Array(2 * edits + 1);
		this.kept = new Uint8Array(2 * edits + 1);
	}

	keepUpTo(end: number): void {
		if (end <= this.at) return;
		this.pieces.add(this.text, this.at, end);
		this.mark(end - this.at, this.at, true);
	}

	insert(insert: string, start: number, end: number): void {
		if (insert !== "") {
			this.pieces.add(insert);
			this.mark(insert.length, start, false);
		}
		this.at = Math.max(this.at, end);
	}

	done(): EditedText {
		this.keepUpTo(this.text.length);
		const starts = this.starts.subarray(0, this.count);
		const { sources, kept } = this;
		const origin = (offset: number): number => {
			const i = lastAtOrBefore(starts, offset);
			if (i < 0) return 0;
			const source = sources[i] ?? 0;
			return kept[i] === 1 ? source + offset - (starts[i] ?? 0) : source;
		};
		return { text: this.pieces.toString(), origin };
	}

	private mark(length: number, source: number, isKept: boolean): void {
		this.starts[this.count] = this.length;
		this.sources[this.count] = source;
		this.kept[this.count] = isKept ? 1 : 0;
		this.count++;
		this.length += length;
	}
}

/** Sorted, with overlapping and touching ranges joined; the list itself when it is so already. */
export function mergeRanges(ranges: readonly Range[]): readonly Range[] {
	if (isMerged(ranges)) return ranges;
	const merged: Range[] = [];
	for (const range of sorted(ranges, (a, b) => a.start - b.start)) {
		const last = merged[merged.length - 1];
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else merged.push({ start: range.start, end: range.end });
	}
	return merged;
}

function isMerged(ranges: readonly Range[]): boolean {
	for (let i = 1; i < ranges.length; i++) if ((ranges[i]?.start ?? 0) <= (ranges[i - 1]?.end ?? 0)) return false;
	return true;
}

/** Maps a range of an edited text back to the original, covering whatever was removed inside it. */
export function rangeOrigin(range: Range, origin: (offset: number) => number): Range {
	const start = origin(range.start);
	return { start, end: range.end > range.start ? origin(range.end - 1) + 1 : start };
}
