import type { ReportStrings } from "../i18n/report-strings";
import { reportDay } from "../i18n/report-strings";
import type { ReportBlock } from "./report-blocks";
import { heading, remark } from "./report-blocks";
import type { ReportSession, TrajectoryReportInput } from "./report-input";

/** The held sessions: how many attended and cases brought in, then one row per session. */
export function sessionSection(input: TrajectoryReportInput, t: ReportStrings): ReportBlock[] {
	const out: ReportBlock[] = [heading(2, t.sections.sessions)];
	const { sessions } = input;
	if (sessions.length === 0) return [...out, remark(t.sessions.none)];
	const unrecorded = sessions.filter((s) => s.attended === null).length;
	const recorded = sessions.length - unrecorded;
	// Counted only over sessions that recorded who was there: "0 of 2" would read as absent twice.
	const lines = recorded > 0 ? [t.sessions.attendedCount(sessions.filter((s) => s.attended === true).length, recorded)] : [];
	if (unrecorded > 0) lines.push(t.sessions.unrecorded(unrecorded));
	lines.push(t.sessions.caseCount(sessions.filter((s) => s.broughtCase).length));
	out.push({ kind: "paragraph", lines });
	out.push({
		kind: "table",
		head: [t.sessions.number, t.sessions.date, t.sessions.theme, t.sessions.method, t.sessions.attended, t.sessions.broughtCase],
		rows: sessions.map((s) => sessionRow(s, t)),
	});
	return out;
}

function sessionRow(session: ReportSession, t: ReportStrings): string[] {
	const attended = session.attended === null ? t.sessions.unknown : session.attended ? t.sessions.yes : t.sessions.no;
	const kase = session.broughtCase ? (session.caseQuestion ? `${t.sessions.yes}: ${session.caseQuestion}` : t.sessions.yes) : t.sessions.no;
	return [session.number === null ? "" : String(session.number), session.date === null ? "" : reportDay(session.date, t), session.theme ?? "", session.method ?? "", attended, kase];
}
