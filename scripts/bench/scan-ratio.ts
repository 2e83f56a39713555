import type { Figure } from "./measure";
import { summarise, timed } from "./measure";

/** A note text that is worst for some scanner, and the real entry point that reads it. */
export interface ScanCase {
	name: string;
	/** What the case feeds, for the table's notes. */
	what: string;
	/** A note of about `size` characters. */
	text(size: number): string;
	read(text: string): unknown;
}

export interface ScanFigure {
	small: Figure;
	large: Figure;
	/** median(1 MB) / median(256 KB): about 4 when the reading is linear in the note's length. */
	ratio: number;
}

export const SCAN_SMALL = 256 * 1024;
export const SCAN_LARGE = 1024 * 1024;
/** Linear reading gives about 4; a scanner that retries from every character gives 16 or more. */
export const SCAN_RATIO_TARGET = 5;

const PLAN = { warmup: 2, runs: 15 };
/** A sample of the small text lasts at least this long, so a reading of a fraction of a millisecond is not timer noise. */
const MIN_SAMPLE_MS = 40;
const MAX_REPEATS = 64;

/** Both sizes alternately, in one run, so a noisy machine slows both alike; each sample reads its text `repeats` times. */
export function measureScan(scan: ScanCase): ScanFigure {
	const small = scan.text(SCAN_SMALL);
	const large = scan.text(SCAN_LARGE);
	let fastest = Infinity;
	for (let i = 0; i < PLAN.warmup; i++) {
		fastest = Math.min(fastest, timed(() => scan.read(small)));
		scan.read(large);
	}
	const repeats = Math.min(MAX_REPEATS, Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(fastest, 1e-3))));
	const sample = (text: string): number =>
		timed(() => {
			for (let i = 0; i < repeats; i++) scan.read(text);
		}) / repeats;
	const smallRuns: number[] = [];
	const largeRuns: number[] = [];
	for (let i = 0; i < PLAN.runs; i++) {
		smallRuns.push(sample(small));
		largeRuns.push(sample(large));
	}
	const smallFigure = summarise(smallRuns);
	const largeFigure = summarise(largeRuns);
	return { small: smallFigure, large: largeFigure, ratio: largeFigure.median_ms / Math.max(smallFigure.median_ms, 1e-3) };
}

/** `unit` repeated to `size` characters after `head`: one long line, or many lines when the unit ends one. */
export function repeated(unit: string, size: number, head = "", tail = ""): string {
	return head + unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + tail;
}
