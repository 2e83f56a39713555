import type { DashboardFacts } from "./dashboard-facts";
import type { SessionRow } from "./dashboard-model";
import type { DashboardScope } from "./dashboard-scope";
import { expectsMyReport } from "../sessions/session-rules";
import { caseOf, myReportFor, myRole } from "./session-facts";

export function sessionRows(facts: DashboardFacts, scope: DashboardScope, me: string, today: string, resolve: (link: string, from: string) => string | null): SessionRow[] {
	return scope.sessions.map((session) => {
		const report = myReportFor(facts, session);
		return {
			path: session.path,
			number: session.number,
			date: session.date,
			status: session.status,
			caseBringers: [...session.caseBringers],
			method: session.method,
			theme: session.theme,
			myRole: myRole(session, me),
			casePath: caseOf(facts, session, resolve)?.path ?? null,
			myReportPath: report?.path ?? null,
			reportMissing: report === null && expectsMyReport(session, me, today),
			isNext: session === scope.next,
		};
	});
}
