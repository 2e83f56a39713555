import { sameName } from "../index/my-notes";
import type { ReportRole } from "../schema/kinds";
import type { CaseNote, ReportNote, SessionNote } from "../schema/notes";
import { caseOfSession } from "../sessions/session-rules";
import type { DashboardFacts } from "./dashboard-facts";

export function iBringACase(session: SessionNote, me: string): boolean {
	return session.caseBringers.some((name) => sameName(name, me));
}

export function myRole(session: SessionNote, me: string): ReportRole {
	if (iBringACase(session, me)) return "case-bringer";
	if (session.facilitator !== null && sameName(session.facilitator, me)) return "facilitator";
	return "participant";
}

export function myReportFor(facts: DashboardFacts, session: SessionNote): ReportNote | null {
	const reports = facts.myReportsBySession.get(session.path);
	if (!reports) return null;
	return reports.reduce((newest, r) => ((r.date ?? "") > (newest.date ?? "") ? r : newest));
}

/** The case of a session, by the one rule, from the dashboard's facts. */
export function caseOf(facts: DashboardFacts, session: SessionNote, resolve: (link: string, from: string) => string | null): CaseNote | null {
	return caseOfSession(session, (link) => facts.caseByPath.get(resolve(link, session.path) ?? "") ?? null, facts.casesBySession.get(session.path) ?? []);
}

/** My case for a session: one of mine named in its `cases`, or one of mine linking to it. */
export function myCaseFor(facts: DashboardFacts, session: SessionNote, me: string, resolve: (link: string, from: string) => string | null): CaseNote | null {
	for (const link of session.cases) {
		const kase = facts.caseByPath.get(resolve(link, session.path) ?? "");
		if (kase && sameName(kase.author, me)) return kase;
	}
	return facts.casesBySession.get(session.path)?.find((c) => sameName(c.author, me)) ?? null;
}

export function isReady(kase: CaseNote): boolean {
	return kase.status === "ready" || kase.status === "discussed";
}
