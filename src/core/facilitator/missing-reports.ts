import type { SessionReports } from "./facilitator-model";
import { attended } from "./attendance";
import type { GroupMember } from "./group-members";
import { expectedByDefault } from "./group-members";
import type { MergedSession } from "./group-sessions";
import type { MemberFacts } from "./member-facts";

/**
 * Per held session, newest first: who was expected to report (who attended; everyone when the session lists
 * no attendance), whose shared report was found, and who is missing.
 */
export function missingReports(members: readonly GroupMember[], sessions: readonly MergedSession[], facts: readonly MemberFacts[]): SessionReports[] {
	const held = sessions.filter((s) => s.state === "held").reverse();
	const foundBySession = reportsBySession(facts);
	return held.map((session) => {
		const attendanceKnown = session.note.attendance.length > 0;
		const expected = attendanceKnown ? members.filter((m) => attended(session, m.name)) : expectedByDefault(members);
		const found = foundBySession.get(session) ?? [];
		const reported = new Set(found.map((f) => f.member));
		return {
			path: session.note.path,
			number: session.note.number,
			date: session.note.date,
			title: session.note.title,
			attendanceKnown,
			expected: expected.map((m) => m.name),
			missing: expected.filter((m) => !reported.has(m.name)).map((m) => m.name),
			found,
		};
	});
}

/** Every shared report under the session it is about, in member order: one pass over the reports. */
function reportsBySession(facts: readonly MemberFacts[]): Map<MergedSession, SessionReports["found"]> {
	const out = new Map<MergedSession, SessionReports["found"]>();
	for (const { member, reports, reportSession } of facts) {
		for (const report of reports) {
			const session = reportSession.get(report.path);
			if (!session) continue;
			const found = out.get(session);
			const entry = { member: member.name, path: report.path };
			if (found) found.push(entry);
			else out.set(session, [entry]);
		}
	}
	return out;
}
