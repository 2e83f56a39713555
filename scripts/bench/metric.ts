import type { BenchVault } from "./vault/generate";

export interface BenchContext {
	vault: BenchVault;
	/** The generated vault on disk. */
	dir: string;
	/** The project folder. */
	root: string;
	manifest: { id: string; name: string; version: string; minAppVersion: string; description: string; author: string };
}

/** One figure of the bench: measured by `measure`, compared with `target` (milliseconds, at most). */
export interface Metric {
	name: string;
	target?: number;
	/** Milliseconds per run, warm-up excluded. */
	measure(context: BenchContext): Promise<number[]>;
}

/** Thrown by a metric that cannot be measured in this state of the code: reported, not fatal. */
export class Unmeasured extends Error {
	override name = "Unmeasured";
}
