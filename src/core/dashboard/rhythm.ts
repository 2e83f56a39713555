import type { DashboardFacts } from "./dashboard-facts";
import type { RhythmMonth, RhythmSection } from "./dashboard-model";
import type { DashboardScope } from "./dashboard-scope";
import { trajectoryVia } from "./dashboard-scope";
import { expectsMyReport } from "../sessions/session-rules";

/** Ten years of months at most: a start mistyped as `0026` should not draw two thousand years of empty bars. */
const MAX_MONTHS = 120;

export function rhythmSection(facts: DashboardFacts, scope: DashboardScope, me: string, today: string): RhythmSection {
	const reportDays = facts.myReports.filter((r) => scope.covers(trajectoryVia(facts, facts.reportSession.get(r.path)))).map((r) => r.date);
	const caseDays = facts.myCases.filter((c) => scope.covers(trajectoryVia(facts, facts.caseSession.get(c.path)))).map((c) => c.date);
	const first = scope.trajectory?.start ?? earliest([...reportDays, ...caseDays, ...scope.sessions.map((s) => s.date)]);
	return { months: first === null ? [] : months(first, lastMonthDay(scope, today), reportDays, caseDays), streak: streak(facts, scope, me, today) };
}

/** Up to today; for a trajectory that has ended, up to its end. */
function lastMonthDay(scope: DashboardScope, today: string): string {
	const end = scope.trajectory?.end ?? null;
	return end !== null && end < today ? end : today;
}

function months(first: string, last: string, reportDays: readonly (string | null)[], caseDays: readonly (string | null)[]): RhythmMonth[] {
	const out: RhythmMonth[] = [];
	const byMonth = new Map<string, RhythmMonth>();
	const end = monthOf(last);
	const earliestShown = monthsBefore(end, MAX_MONTHS - 1);
	const start = monthOf(first) > earliestShown ? monthOf(first) : earliestShown;
	for (let month = start; month <= end; month = monthsBefore(month, -1)) {
		const row = { month, reports: 0, cases: 0 };
		out.push(row);
		byMonth.set(month, row);
	}
	for (const day of reportDays) {
		const row = day === null ? undefined : byMonth.get(monthOf(day));
		if (row) row.reports++;
	}
	for (const day of caseDays) {
		const row = day === null ? undefined : byMonth.get(monthOf(day));
		if (row) row.cases++;
	}
	return out;
}

/** Consecutive held sessions, newest first, with a report of mine; sessions I did not attend are skipped. */
function streak(facts: DashboardFacts, scope: DashboardScope, me: string, today: string): number {
	let count = 0;
	for (const session of scope.heldNewestFirst) {
		if (!expectsMyReport(session, me, today)) continue;
		if (!facts.myReportsBySession.has(session.path)) break;
		count++;
	}
	return count;
}

function earliest(days: readonly (string | null)[]): string | null {
	let first: string | null = null;
	for (const day of days) if (day !== null && (first === null || day < first)) first = day;
	return first;
}

function monthOf(day: string): string {
	return day.slice(0, 7);
}

/** `YYYY-MM` that many months earlier (later when negative). */
function monthsBefore(month: string, count: number): string {
	const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - count;
	return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}
