import type { FacilitatorModel, SessionRef } from "../facilitator/facilitator-model";
import { FACILITATOR_STRINGS } from "../i18n/facilitator-strings";
import type { Language } from "../i18n/language";
import { REPORT_STRINGS, reportDay } from "../i18n/report-strings";
import { facts, heading, remark } from "./report-blocks";
import type { ReportBlock } from "./report-blocks";

/**
 * What a facilitator reads first in a group report, before the members' parts: how many sessions were held,
 * who attended, whose turn it was to bring a case, which reports came in per session and which themes came up.
 * The same facts, in the same words, as the facilitator view.
 */
export function groupOverviewBlocks(model: FacilitatorModel, language: Language): ReportBlock[] {
	const t = FACILITATOR_STRINGS[language];
	const r = REPORT_STRINGS[language];
	const sessionName = (s: SessionRef) => t.session.title(s.number);
	const held = model.missingReports;
	const out: ReportBlock[] = [
		heading(2, t.sections.group),
		...facts([
			{ label: t.sections.members, value: model.header.members.join(", ") },
			{ label: r.sections.sessions, value: t.header.progress(model.header.sessionsHeld, model.header.sessionsPlanned) },
		]),
	];

	out.push(heading(3, t.sections.attendance));
	if (model.sessions.length === 0) out.push(remark(t.attendance.none));
	else
		out.push({
			kind: "table",
			head: [t.attendance.member, ...model.sessions.map((s) => `${sessionName(s)}${s.date ? `, ${reportDay(s.date, r)}` : ""}`)],
			rows: model.attendance.map((row) => [row.member, ...row.cells.map((cell) => t.attendance.marks[cell.mark])]),
		});

	out.push(heading(3, t.sections.rotation));
	out.push({
		kind: "table",
		head: [t.attendance.member, t.rotation.broughtHead, t.rotation.nextHead],
		rows: model.rotation.map((row) => [
			row.member,
			row.brought.length === 0 ? t.rotation.notYet : row.brought.map(sessionName).join(", "),
			row.next ? sessionName(row.next) : t.rotation.noTurn,
		]),
	});

	out.push(heading(3, t.sections.reports));
	if (held.length === 0) out.push(remark(t.reports.noneHeld));
	else
		out.push({
			kind: "table",
			head: [r.sessions.number, t.reports.found, t.reports.missingHead],
			rows: [...held].reverse().map((s) => [
				`${sessionName(s)}${s.date ? `, ${reportDay(s.date, r)}` : ""}`,
				t.reports.shared(s.found.length, s.expected.length),
				s.missing.length === 0 ? t.reports.allIn : s.missing.join(", "),
			]),
		});

	out.push(heading(3, t.covered.themes));
	if (model.themes.length === 0) out.push(remark(t.covered.noThemes));
	else out.push({ kind: "list", items: model.themes.map((theme) => `${theme.name} (${t.covered.count(theme.count)})`) });
	return out;
}
