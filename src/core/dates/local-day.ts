import { addDays, differenceInCalendarDays, format, isValid, parse } from "date-fns";

/** A calendar day as written in notes: `YYYY-MM-DD`. */
export type Day = string;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The user's local calendar day. Never `toISOString()`: that is UTC and gives yesterday after midnight in Europe. */
export function localDay(date: Date): Day {
	return format(date, "yyyy-MM-dd");
}

export function isDay(value: unknown): value is Day {
	return typeof value === "string" && DAY_PATTERN.test(value) && isValid(parse(value, "yyyy-MM-dd", new Date(0)));
}

/** Local midnight of a day, or null for text that is not a real date. */
export function dayToDate(day: string): Date | null {
	if (!DAY_PATTERN.test(day)) return null;
	const date = parse(day, "yyyy-MM-dd", new Date(0));
	return isValid(date) ? date : null;
}

export function addDaysToDay(day: Day, days: number): Day {
	const date = dayToDate(day);
	if (!date) throw new Error(`Not a date: ${day}`);
	return localDay(addDays(date, days));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
	const a = dayToDate(from);
	const b = dayToDate(to);
	if (!a || !b) throw new Error(`Not a date: ${a ? to : from}`);
	return differenceInCalendarDays(b, a);
}

/** A source of "now"; injected so tests and the demo run on a fixed clock. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();
