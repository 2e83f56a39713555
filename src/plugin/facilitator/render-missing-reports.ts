import type { SessionReports } from "../../core/facilitator/facilitator-model";
import { makeNoteLink } from "../dashboard/note-link";
import { facSection } from "./fac-section";
import type { FacilitatorSectionContext } from "./facilitator-context";
import { sessionLabel, sessionName } from "./session-label";

/** Per held session, newest first: how many expected reports were shared, who is missing, the reports found. */
export function renderMissingReports(parent: DocumentFragment, rows: readonly SessionReports[], ctx: FacilitatorSectionContext): void {
	const { t } = ctx;
	const section = facSection(parent, "reports", t.sections.reports);
	if (rows.length === 0) {
		section.createEl("p", { cls: "intervisie-dash-muted", text: t.reports.noneHeld });
		return;
	}
	const list = section.createEl("ul", { cls: "intervisie-dash-rows" });
	for (const row of rows) {
		const item = list.createEl("li", { cls: ["intervisie-dash-row", "intervisie-fac-report-row"] });
		item.toggleClass("intervisie-fac-has-missing", row.missing.length > 0);
		const label = sessionLabel(row, ctx);
		const title = item.createDiv({ cls: ["intervisie-dash-row-title", "intervisie-fac-report-session"], text: label });
		makeNoteLink(title, ctx.opener, { path: row.path, key: `fac-reports:${row.path}` });
		item.createDiv({ cls: "intervisie-dash-muted", text: t.reports.shared(row.expected.length - row.missing.length, row.expected.length) });
		if (row.missing.length > 0) item.createDiv({ cls: "intervisie-dash-missing", text: t.reports.missing(row.missing.join(", ")) });
		else item.createDiv({ text: t.reports.allIn });
		if (!row.attendanceKnown) item.createDiv({ cls: "intervisie-dash-muted", text: t.reports.attendanceUnknown });
		if (row.found.length === 0) continue;
		const found = item.createDiv({ cls: "intervisie-fac-found" });
		found.createSpan({ cls: "intervisie-dash-muted", text: `${t.reports.found}: ` });
		row.found.forEach((report, i) => {
			if (i > 0) found.appendText(", ");
			const link = found.createSpan({ text: report.member });
			makeNoteLink(link, ctx.opener, { path: report.path, label: t.reports.reportOf(report.member, sessionName(row, ctx)), key: `fac-report:${report.path}` });
		});
	}
}
