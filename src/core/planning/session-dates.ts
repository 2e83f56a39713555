import { addDaysToDay, daysBetween, isDay } from "../dates/local-day";
import { PlanError } from "./plan-error";

export const MIN_INTERVAL_WEEKS = 2;
export const MAX_INTERVAL_WEEKS = 6;
/** Without an end or an interval, sessions spread over a year. */
export const DEFAULT_SPAN_DAYS = 365;
/** Dates are written `YYYY-MM-DD`: a year has four digits. */
export const LAST_DAY = "9999-12-31";

export interface DateRule {
	start: string;
	end?: string | null;
	every?: { weeks: number } | null;
}

/** The session days: a fixed interval from start, or spread evenly from start to end (both included). */
export function sessionDates(rule: DateRule, sessions: number): string[] {
	if (!isDay(rule.start)) throw new PlanError(`Start is not a date (YYYY-MM-DD): ${String(rule.start)}`);
	const end = rule.end ?? null;
	const every = rule.every ?? null;
	if (end !== null && every !== null) throw new PlanError("Give either an end date or an interval, not both.");
	if (every !== null) return withinCalendar(intervalDates(rule.start, every.weeks, sessions));
	return spreadDates(rule.start, end ?? defaultEnd(rule.start), sessions);
}

/** The days as they are, or a PlanError when one falls after the last day a date can name. */
export function withinCalendar(days: string[]): string[] {
	if (days.every(isDay)) return days;
	throw new PlanError(`The sessions would fall after ${LAST_DAY}, the last day a date can name. Start earlier, or plan fewer sessions.`);
}

function defaultEnd(start: string): string {
	const end = addDaysToDay(start, DEFAULT_SPAN_DAYS);
	return isDay(end) ? end : LAST_DAY;
}

function intervalDates(start: string, weeks: number, sessions: number): string[] {
	if (!Number.isInteger(weeks) || weeks < MIN_INTERVAL_WEEKS || weeks > MAX_INTERVAL_WEEKS) {
		throw new PlanError(`The interval must be ${MIN_INTERVAL_WEEKS} to ${MAX_INTERVAL_WEEKS} whole weeks, got: ${weeks}`);
	}
	return Array.from({ length: sessions }, (_, i) => addDaysToDay(start, i * weeks * 7));
}

function spreadDates(start: string, end: string, sessions: number): string[] {
	if (!isDay(end)) throw new PlanError(`End is not a date (YYYY-MM-DD): ${String(end)}`);
	const span = daysBetween(start, end);
	if (span < 0) throw new PlanError(`End ${end} is before start ${start}.`);
	if (sessions === 1) return [start];
	if (span < sessions - 1) throw new PlanError(`${sessions} sessions do not fit on separate days from ${start} to ${end}.`);
	return Array.from({ length: sessions }, (_, i) => addDaysToDay(start, Math.round((i * span) / (sessions - 1))));
}
