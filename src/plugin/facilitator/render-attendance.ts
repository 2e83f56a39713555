import type { AttendanceMark, AttendanceRow, GroupSession } from "../../core/facilitator/facilitator-model";
import { makeNoteLink } from "../dashboard/note-link";
import { facSection } from "./fac-section";
import type { FacilitatorSectionContext } from "./facilitator-context";
import { sessionDay, sessionName } from "./session-label";

/** A symbol per mark, so the cells differ by shape as well as by colour; the word is always in the text. */
const SYMBOLS: Record<AttendanceMark, string> = { present: "✓", absent: "✗", unknown: "?", "no-session": "–" };
const MARKS: readonly AttendanceMark[] = ["present", "absent", "unknown", "no-session"];

/**
 * Member × session as a table: a header per session (opening its note) and per member, each cell a symbol
 * with its word for screen readers and as a tooltip. Wide groups scroll sideways; the names stay in view.
 */
export function renderAttendance(parent: DocumentFragment, sessions: readonly GroupSession[], rows: readonly AttendanceRow[], ctx: FacilitatorSectionContext): void {
	const { t, ui } = ctx;
	const section = facSection(parent, "attendance", t.sections.attendance);
	if (rows.length === 0 || sessions.length === 0) {
		section.createEl("p", { cls: "intervisie-dash-muted", text: rows.length === 0 ? t.attendance.noMembers : t.attendance.none });
		return;
	}
	// A region of its own that takes focus, so the keyboard can scroll it too.
	const scroller = section.createDiv({ cls: "intervisie-fac-matrix-scroll", attr: { role: "region", tabindex: 0, "aria-label": t.attendance.caption } });
	const table = scroller.createEl("table", { cls: "intervisie-fac-matrix" });
	table.createEl("caption", { cls: "intervisie-dash-visually-hidden", text: t.attendance.caption });
	const head = table.createEl("thead").createEl("tr");
	head.createEl("th", { cls: "intervisie-fac-matrix-corner", text: t.attendance.member, attr: { scope: "col" } });
	for (const session of sessions) {
		const th = head.createEl("th", { cls: ["intervisie-fac-col", `intervisie-fac-col-${session.state}`], attr: { scope: "col" } });
		const link = th.createDiv({ cls: "intervisie-fac-col-link" });
		link.createDiv({ cls: "intervisie-fac-col-title", text: sessionName(session, ctx) });
		link.createDiv({ cls: "intervisie-fac-col-date", text: sessionDay(session, ctx) });
		makeNoteLink(link, ctx.opener, { path: session.path, key: `fac-col:${session.path}` });
		if (session.state !== "held") th.createDiv({ cls: "intervisie-fac-col-state", text: ui.session.statuses[session.state] });
		if (session.sharedBy !== null) th.createDiv({ cls: "intervisie-fac-col-shared", text: t.session.sharedBy(session.sharedBy) });
	}
	const body = table.createEl("tbody");
	for (const row of rows) {
		const tr = body.createEl("tr");
		tr.createEl("th", { cls: "intervisie-fac-row-name", text: row.member, attr: { scope: "row" } });
		row.cells.forEach((cell, i) => {
			const session = sessions[i];
			const word = t.attendance.marks[cell.mark];
			const title = session ? t.attendance.cell(row.member, sessionName(session, ctx), word) : word;
			const td = tr.createEl("td", { cls: ["intervisie-fac-mark", `intervisie-fac-mark-${cell.mark}`], attr: { title } });
			td.createSpan({ cls: "intervisie-fac-symbol", text: SYMBOLS[cell.mark], attr: { "aria-hidden": "true" } });
			td.createSpan({ cls: "intervisie-dash-visually-hidden", text: word });
		});
	}
	const legend = section.createEl("ul", { cls: "intervisie-fac-legend", attr: { "aria-label": t.attendance.legend } });
	for (const mark of MARKS) {
		const item = legend.createEl("li", { cls: `intervisie-fac-mark-${mark}` });
		item.createSpan({ cls: "intervisie-fac-symbol", text: SYMBOLS[mark], attr: { "aria-hidden": "true" } });
		item.appendText(` ${t.attendance.marks[mark]}`);
	}
}
