/**
 * Runs `task` once after changes stop for `quietMs`, but at least every `maxWaitMs` while they keep
 * coming: a sync that delivers a thousand notes redraws a handful of times, not a thousand, and not never.
 * Time is read from `now()`, so a phone that slept does not leave a stale timer behind.
 */
export class Coalescer {
	private timer: number | null = null;
	private firstPending: number | null = null;

	constructor(
		private readonly task: () => void,
		private readonly quietMs = 100,
		private readonly maxWaitMs = 500,
		private readonly now: () => number = () => Date.now(),
	) {}

	schedule(): void {
		const now = this.now();
		this.firstPending ??= now;
		if (this.timer !== null) window.clearTimeout(this.timer);
		const waited = now - this.firstPending;
		this.timer = window.setTimeout(() => this.flush(), Math.max(0, Math.min(this.quietMs, this.maxWaitMs - waited)));
	}

	/** Runs a pending task now. */
	flush(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		const pending = this.firstPending !== null;
		this.timer = null;
		this.firstPending = null;
		if (pending) this.task();
	}

	cancel(): void {
		if (this.timer !== null) window.clearTimeout(this.timer);
		this.timer = null;
		this.firstPending = null;
	}
}
