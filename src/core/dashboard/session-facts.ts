import { sameName } from "../index/my-notes";
import type { ReportRole } from "../schema/kinds";
import type { CaseNote, ReportNote, SessionNote } from "../schema/notes";
import type { DashboardFacts } from "./dashboard-facts";

/**
 * Held: marked so (unless dated after today), or dated before today and still `planned`, as people
 * rarely update the status.
 */
export function isHeld(session: SessionNote, today: string): boolean {
	if (session.status === "held") return session.date === null || session.date <= today;
	return session.status === "planned" && session.date !== null && session.date < today;
}

/** A held session I was at: an attendance list that leaves me out means I was not there. */
export function expectsMyReport(session: SessionNote, me: string, today: string): boolean {
	return isHeld(session, today) && (session.attendance.length === 0 || session.attendance.some((name) => sameName(name, me)));
}

export function iBringACase(session: SessionNote, me: string): boolean {
	return session.caseBringers.some((name) => sameName(name, me));
}

export function myRole(session: SessionNote, me: string): ReportRole {
	if (iBringACase(session, me)) return "case-bringer";
	if (session.facilitator !== null && sameName(session.facilitator, me)) return "facilitator";
	return "participant";
}

/** By date, undated last, then by number and path so the order never depends on the index. */
export function bySessionDate(a: SessionNote, b: SessionNote): number {
	if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
	return (a.number ?? Infinity) - (b.number ?? Infinity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** The first planned session from today on, in sessions sorted by date. */
export function nextSession(sorted: readonly SessionNote[], today: string): SessionNote | null {
	return sorted.find((s) => s.status === "planned" && s.date !== null && s.date >= today) ?? null;
}

/** The latest held sessions first, in sessions sorted by date. */
export function heldNewestFirst(sorted: readonly SessionNote[], today: string): SessionNote[] {
	return sorted.filter((s) => isHeld(s, today)).reverse();
}

export function myReportFor(facts: DashboardFacts, session: SessionNote): ReportNote | null {
	const reports = facts.myReportsBySession.get(session.path);
	if (!reports) return null;
	return reports.reduce((newest, r) => ((r.date ?? "") > (newest.date ?? "") ? r : newest));
}

/** The case of a session: the first of its `cases` that is a case, else a case that links to it. */
export function caseOf(facts: DashboardFacts, session: SessionNote, resolve: (link: string, from: string) => string | null): CaseNote | null {
	for (const link of session.cases) {
		const kase = facts.caseByPath.get(resolve(link, session.path) ?? "");
		if (kase) return kase;
	}
	return facts.casesBySession.get(session.path)?.[0] ?? null;
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
