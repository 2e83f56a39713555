import { daysBetween } from "../dates/local-day";
import type { RatingScale } from "../rating/rating-scale";
import type { TrajectoryNote } from "../schema/notes";
import type { DashboardFacts } from "./dashboard-facts";
import type { TrajectoryHeader } from "./dashboard-model";
import type { DashboardScope } from "./dashboard-scope";
import { iBringACase, isReady, myCaseFor, myReportFor } from "./session-facts";

export interface HeaderContext {
	facts: DashboardFacts;
	scope: DashboardScope;
	me: string;
	today: string;
	resolve: (link: string, from: string) => string | null;
	/** The trajectory's rating scale, as the one rule gives it. */
	scale: RatingScale;
}

export function trajectoryHeader(trajectory: TrajectoryNote, { facts, scope, me, today, resolve, scale }: HeaderContext): TrajectoryHeader {
	const next = scope.next;
	const bringing = next !== null && iBringACase(next, me);
	const myCase = next !== null && bringing ? myCaseFor(facts, next, me, resolve) : null;
	const last = scope.heldNewestFirst[0] ?? null;
	return {
		path: trajectory.path,
		name: trajectory.name,
		start: trajectory.start,
		end: trajectory.end,
		sessionsHeld: scope.heldNewestFirst.length,
		sessionsPlanned: trajectory.sessionsPlanned ?? scope.sessions.filter((s) => s.status !== "cancelled").length,
		next: next?.date ? { path: next.path, date: next.date, daysToGo: daysBetween(today, next.date), iAmCaseBringer: bringing } : null,
		myCasePreparation: bringing ? { path: myCase?.path ?? null, ready: myCase !== null && isReady(myCase) } : null,
		lastReport: last ? { sessionPath: last.path, reportPath: myReportFor(facts, last)?.path ?? null } : null,
		scale,
	};
}
