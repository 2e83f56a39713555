import type { OmittedWhat } from "./omission";
import type { Range } from "./text-edits";

export type PartWhat = Exclude<OmittedWhat, "property">;

/** The parts of one kind a pass hides: where they stand in the pass's text, and where each was found, for its excerpt. */
export interface PartList {
	ranges: readonly Range[];
	source: string;
	found: readonly Range[];
	whatOf(index: number): PartWhat;
}

const byStartLongerFirst = (a: Range, b: Range): number => a.start - b.start || b.end - a.end;

/**
 * Visits each hidden part once, in order of its start (the longer first, then in the order of the lists), and
 * leaves out a part inside one visited before: a comment inside a private callout is part of the callout. The
 * lists are merged as they are, without an object per part: a hostile note may hold a hundred thousand comments.
 */
export function eachOutermost(lists: readonly PartList[], visit: (list: PartList, index: number) => void): void {
	const orders = lists.map((list) => orderOf(list.ranges));
	const heads = lists.map(() => 0);
	let reach = -1;
	for (;;) {
		let best = -1;
		let bestRange: Range | undefined;
		for (let l = 0; l < lists.length; l++) {
			const head = heads[l] ?? 0;
			const range = lists[l]?.ranges[orders[l]?.[head] ?? head];
			if (range !== undefined && (bestRange === undefined || byStartLongerFirst(range, bestRange) < 0)) {
				best = l;
				bestRange = range;
			}
		}
		const list = lists[best];
		if (list === undefined || bestRange === undefined) return;
		const head = heads[best] ?? 0;
		heads[best] = head + 1;
		if (bestRange.end <= reach) continue;
		reach = bestRange.end;
		visit(list, orders[best]?.[head] ?? head);
	}
}

/** The order to read `ranges` in, or null when they are in order already, as scanners mostly hand them over. */
function orderOf(ranges: readonly Range[]): number[] | null {
	for (let i = 1; i < ranges.length; i++) {
		const previous = ranges[i - 1];
		const range = ranges[i];
		if (previous && range && byStartLongerFirst(previous, range) > 0) return ranges.map((_, index) => index).sort((a, b) => byStartLongerFirst(ranges[a] as Range, ranges[b] as Range));
	}
	return null;
}
