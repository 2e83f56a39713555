import { dayNumber } from "../../core/dates/local-day";
import { formatDay as formatAnyDay, formatMonth as formatAnyMonth } from "../../core/dates/format-day";
import type { DashboardStrings } from "../../core/i18n/dashboard-strings";

/** `2026-03-10` as "10 Mar 2026" / "10 mrt 2026", kept on one line; text that is not a date is shown as it is. */
export function formatDay(day: string, t: DashboardStrings): string {
	return formatAnyDay(day, t.dates, "compact");
}

/** `2026-03` as "Mar 2026". */
export function formatMonth(month: string, t: DashboardStrings): { short: string; year: string } {
	return formatAnyMonth(month, t.dates);
}

/** "today", "tomorrow", "in 3 days", "2 days overdue". */
export function relativeDays(days: number, t: DashboardStrings): string {
	if (days === 0) return t.relative.today;
	if (days === 1) return t.relative.tomorrow;
	if (days > 1) return t.relative.inDays(days);
	return t.relative.overdue(-days);
}

/** Whole days between two `YYYY-MM-DD` days, or null when either is not a date. */
export function dayDistance(from: string, to: string): number | null {
	const a = dayNumber(from);
	const b = dayNumber(to);
	return a === null || b === null ? null : b - a;
}
