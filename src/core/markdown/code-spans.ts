/**
 * Finds where inline code spans end, for openers met in reading order. A span closes at the next run of
 * exactly as many backticks on the same line; each line's runs are indexed by length once, so a line full of
 * openers that never close is read in one pass instead of once per opener.
 */
export class CodeSpanEnds {
	private lineEnd = -1;
	/** Start offsets of the backtick runs on the current line, by run length. */
	private runs = new Map<number, number[]>();
	/** Per run length, the first entry of `runs` not yet behind the reader. */
	private passed = new Map<number, number>();

	constructor(private readonly text: string) {}

	/** End of the code span opening at `start`, or `start` when its backticks are never closed on the line. */
	endOf(start: number): number {
		if (start > this.lineEnd) this.indexLine(start);
		const run = backtickRun(this.text, start);
		const starts = this.runs.get(run);
		if (!starts) return start;
		let k = this.passed.get(run) ?? 0;
		while (k < starts.length && (starts[k] ?? 0) < start + run) k++;
		this.passed.set(run, k);
		const close = starts[k];
		return close === undefined ? start : close + run;
	}

	private indexLine(from: number): void {
		const newline = this.text.indexOf("\n", from);
		this.lineEnd = newline === -1 ? this.text.length : newline;
		this.runs = new Map();
		this.passed = new Map();
		for (let i = from; i !== -1 && i < this.lineEnd; ) {
			const length = backtickRun(this.text, i);
			const starts = this.runs.get(length);
			if (starts) starts.push(i);
			else this.runs.set(length, [i]);
			i = this.text.indexOf("`", i + length);
		}
	}
}

export function backtickRun(text: string, at: number): number {
	let i = at;
	while (text[i] === "`") i++;
	return i - at;
}
