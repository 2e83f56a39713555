import { addDaysToDay } from "../dates/local-day";

/**
 * Planned days, with every day already taken moved on by whole weeks (same weekday) until it is free and
 * after the day before it, so no day is planned twice and the order stays.
 */
export function avoidTakenDays(days: readonly string[], taken: ReadonlySet<string>): string[] {
	const result: string[] = [];
	for (const day of days) {
		const previous = result[result.length - 1];
		let free = day;
		while (taken.has(free) || (previous !== undefined && free <= previous)) free = addDaysToDay(free, 7);
		result.push(free);
	}
	return result;
}
