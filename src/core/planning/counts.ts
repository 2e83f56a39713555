/** Sessions that did not take place (or took place under another note) give nobody a turn and take no day. */
const NOT_COUNTED = new Set(["cancelled", "canceled", "moved"]);

export function countsInRotation(status: string): boolean {
	return !NOT_COUNTED.has(status.trim().toLowerCase());
}
