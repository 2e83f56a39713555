import { linkpathOf } from "../links/link-resolver";
import type { CaseNote, GoalNote, ReportNote } from "../schema/notes";
import type { GroupMember } from "./group-members";
import type { GroupSessions, MergedSession } from "./group-sessions";

/** What one member shared, with each report tied to a session and its goals resolved, once. */
export interface MemberFacts {
	member: GroupMember;
	goals: GoalNote[];
	reports: ReportNote[];
	cases: CaseNote[];
	reportSession: Map<string, MergedSession>;
	/** Per report, the path each item of `goals` resolves to in the member's folder (null when broken). */
	reportGoals: Map<string, (string | null)[]>;
}

/**
 * A report is about the session its `session` link leads to in the member's own folder (a shared copy of a
 * session). Where the link leads nowhere there, it is about the group's session of that name; else the one
 * on the report's `date`, a held one before others on the same day. A report with none of these is about no session.
 */
export function memberFacts(member: GroupMember, sessions: GroupSessions): MemberFacts {
	const facts: MemberFacts = { member, goals: [], reports: [], cases: [], reportSession: new Map(), reportGoals: new Map() };
	const shared = member.shared;
	if (!shared) return facts;
	const resolve = (link: string, from: string): string | null => shared.resolve(link, from);
	for (const note of shared.notes) {
		if (note.kind === "goal") facts.goals.push(note);
		else if (note.kind === "case") facts.cases.push(note);
		else if (note.kind === "report") {
			facts.reports.push(note);
			const session = linkedSession(note, sessions, resolve) ?? namedSession(note, sessions) ?? sessionOnDay(note.date, sessions);
			if (session) facts.reportSession.set(note.path, session);
			facts.reportGoals.set(note.path, note.goals.map((link) => resolve(link, note.path)));
		}
	}
	return facts;
}

function linkedSession(report: ReportNote, sessions: GroupSessions, resolve: (link: string, from: string) => string | null): MergedSession | null {
	if (report.session === null) return null;
	const path = resolve(report.session, report.path);
	return path === null ? null : (sessions.byPath.get(path) ?? null);
}

/**
 * A link that leads nowhere in the member's folder may still name one of the group's sessions: the member's
 * report was written beside their own copy of the session note, which has the same name. Only session notes
 * are matched this way, never other notes.
 */
function namedSession(report: ReportNote, sessions: GroupSessions): MergedSession | null {
	const name = report.session ? linkpathOf(report.session).split("/").pop()?.toLowerCase() : undefined;
	if (!name) return null;
	return sessions.list.find((s) => s.note.title.toLowerCase() === name) ?? null;
}

function sessionOnDay(day: string | null, sessions: GroupSessions): MergedSession | null {
	if (day === null) return null;
	const sameDay = sessions.list.filter((s) => s.note.date === day);
	return sameDay.find((s) => s.state === "held") ?? sameDay[0] ?? null;
}
