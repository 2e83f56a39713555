import type { BenchVault } from "./vault/generate";

export interface BenchContext {
	vault: BenchVault;
	/** The generated vault on disk. */
	dir: string;
	/** The project folder. */
	root: string;
	manifest: { id: string; name: string; version: string; minAppVersion: string; description: string; author: string };
	/** A line printed under the table, such as how often a change built the model. */
	remark(line: string): void;
}

/** One figure of the bench: measured by `measure`, compared with `target` (in its unit, at most). */
export interface Metric {
	name: string;
	target?: number;
	/** What a sample counts: milliseconds unless said otherwise. */
	unit?: "ms" | "MB";
	/** One sample per run (milliseconds, or the metric's unit), warm-up excluded. */
	measure(context: BenchContext): Promise<number[]>;
}

/** Thrown by a metric that cannot be measured in this state of the code: reported, not fatal. */
export class Unmeasured extends Error {
	override name = "Unmeasured";
}
