import { addDays, differenceInCalendarDays, isValid } from "date-fns";

/** A calendar day as written in notes: `YYYY-MM-DD`. */
export type Day = string;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/**
 * The user's local calendar day. Never `toISOString()`: that is UTC and gives yesterday after midnight in
 * Europe. (Written out rather than with date-fns' `format`, which would bring its whole formatter and
 * locale machinery into main.js for one pattern.)
 */
export function localDay(date: Date): Day {
	return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function isDay(value: unknown): value is Day {
	return typeof value === "string" && dayToDate(value) !== null;
}

/** Local midnight of a day, or null for text that is not a real date (2026-02-30 is not). */
export function dayToDate(day: string): Date | null {
	if (!DAY_PATTERN.test(day)) return null;
	const year = Number(day.slice(0, 4));
	const month = Number(day.slice(5, 7));
	const date = Number(day.slice(8, 10));
	const local = new Date(year, month - 1, date);
	local.setFullYear(year);
	const real = isValid(local) && local.getFullYear() === year && local.getMonth() === month - 1 && local.getDate() === date;
	return real ? local : null;
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

const DAY_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970 for a `YYYY-MM-DD` day, by calendar arithmetic (no time zone involved); for charts. */
export function dayNumber(day: string): number | null {
	const match = DAY_PARTS.exec(day);
	if (!match) return null;
	const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
	return Number.isNaN(time) ? null : Math.round(time / 86_400_000);
}
