/**
 * Work Obsidian does "a moment later" (metadata parsing, the file watcher, editor saves) runs here
 * on a later macrotask, so a plugin that reads the cache right after a write sees what it would see
 * in Obsidian: the old state. `settle()` waits until nothing is pending.
 *
 * The real timer functions are captured at load, so fake timers installed by a test do not stall it.
 */
const host = globalThis;
const realSetTimeout = host.setTimeout.bind(host);
const realClearTimeout = host.clearTimeout.bind(host);

export function nextMacrotask(): Promise<void> {
	return new Promise((resolve) => realSetTimeout(resolve, 0));
}

export class Scheduler {
	private readonly jobs = new Map<string, ReturnType<typeof setTimeout>>();
	private running = 0;

	/** Runs `run` on a later macrotask; scheduling the same key again before then runs it once. */
	schedule(key: string, run: () => void | Promise<void>): void {
		if (this.jobs.has(key)) return;
		const timer = realSetTimeout(() => {
			this.jobs.delete(key);
			this.running++;
			void Promise.resolve()
				.then(run)
				.finally(() => this.running--);
		}, 0);
		this.jobs.set(key, timer);
	}

	pending(): boolean {
		return this.jobs.size > 0 || this.running > 0;
	}

	/** Waits until no job is pending or running, then one more turn for the work they started. */
	async settle(maxRounds = 1000): Promise<void> {
		for (let round = 0; round < maxRounds; round++) {
			await nextMacrotask();
			if (!this.pending()) {
				await nextMacrotask();
				if (!this.pending()) return;
			}
		}
		throw new Error("settle(): work kept being scheduled; is something looping?");
	}

	cancelAll(): void {
		for (const timer of this.jobs.values()) realClearTimeout(timer);
		this.jobs.clear();
	}
}
