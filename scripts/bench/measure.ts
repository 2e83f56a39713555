export interface RunPlan {
	warmup: number;
	runs: number;
}

export interface Figure {
	median_ms: number;
	p90_ms: number;
	runs: number;
}

/**
 * Runs `once` `warmup` times unrecorded, then `runs` times. `once` returns the milliseconds it measured
 * itself, so each metric keeps its setup (a fresh harness, a restored file) out of the figure.
 */
export async function repeat(plan: RunPlan, once: () => number | Promise<number>): Promise<number[]> {
	for (let i = 0; i < plan.warmup; i++) await once();
	const samples: number[] = [];
	for (let i = 0; i < plan.runs; i++) samples.push(await once());
	return samples;
}

export function timed(work: () => void): number {
	const start = performance.now();
	work();
	return performance.now() - start;
}

export async function timedAsync(work: () => Promise<unknown>): Promise<number> {
	const start = performance.now();
	await work();
	return performance.now() - start;
}

export function summarise(samples: readonly number[]): Figure {
	if (samples.length === 0) throw new Error("no samples to summarise");
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = sorted.length / 2;
	const median = sorted.length % 2 ? (sorted[Math.floor(mid)] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
	// Nearest rank: the smallest sample that at least 90 % of the runs do not exceed.
	const p90 = sorted[Math.ceil(sorted.length * 0.9) - 1] ?? 0;
	return { median_ms: median, p90_ms: p90, runs: sorted.length };
}
