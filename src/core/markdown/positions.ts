/** A place in a note's text, counted like Obsidian: zero-based line and column, UTF-16 offset. */
export interface Loc {
	line: number;
	col: number;
	offset: number;
}

export interface Pos {
	start: Loc;
	end: Loc;
}

/** Returns a function that turns an offset into a `Loc`, by binary search over the line starts. */
export function createLocator(text: string): (offset: number) => Loc {
	const lineStarts = [0];
	for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) {
		lineStarts.push(i + 1);
	}
	return (offset) => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if ((lineStarts[mid] ?? 0) <= offset) low = mid;
			else high = mid - 1;
		}
		return { line: low, col: offset - (lineStarts[low] ?? 0), offset };
	};
}

export function span(locate: (offset: number) => Loc, start: number, end: number): Pos {
	return { start: locate(start), end: locate(end) };
}
