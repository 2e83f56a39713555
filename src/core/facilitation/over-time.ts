const MINUTE = 60_000;

/**
 * Whether a phase counts as over time in the summary after the session: only when it ran over by more than a
 * tenth of its minutes or one minute, whichever is more. A group that takes a few seconds more for a phase did
 * not run over; the live clock still says so the moment the minutes are up.
 */
export function ranOverTime(plannedMs: number, elapsedMs: number): boolean {
	return elapsedMs - plannedMs > Math.max(plannedMs / 10, MINUTE);
}
