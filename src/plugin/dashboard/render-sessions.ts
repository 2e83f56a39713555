import { FACILITATOR_STRINGS } from "../../core/i18n/facilitator-strings";
import { methodName } from "../../core/methods/catalogue";
import type { SessionRow } from "../../core/dashboard/dashboard-model";
import type { QuestionShare } from "../../core/questions/question-share";
import { renderKinds } from "../facilitator/render-questions";
import { formatDay } from "./format";
import { makeNoteLink } from "./note-link";
import type { RenderContext } from "./render-context";
import { createSection } from "./section";
import { nearestSessions } from "./session-page";

/** The sessions as a timeline; long lists show the ones nearest to today and grow with "show more". */
export function renderSessions(
	parent: DocumentFragment,
	rows: readonly SessionRow[],
	today: string,
	shown: number,
	ctx: RenderContext,
	onShowMore: () => void,
): void {
	const { t } = ctx;
	const section = createSection(parent, "sessions", t.sections.sessions);
	if (rows.length === 0) {
		section.createEl("p", { cls: "intervisie-dash-muted", text: t.sessions.none });
		return;
	}
	const list = section.createEl("ol", { cls: "intervisie-dash-timeline" });
	for (const row of nearestSessions(rows, today, shown)) renderSession(list, row, ctx);
	const hidden = rows.length - Math.min(shown, rows.length);
	if (hidden > 0) {
		const more = section.createEl("button", { cls: "intervisie-dash-more", text: t.sessions.showMore(hidden), attr: { type: "button", "data-key": "sessions-more" } });
		more.addEventListener("click", onShowMore);
	}
}

function renderSession(list: HTMLElement, row: SessionRow, ctx: RenderContext): void {
	const { t, ui } = ctx;
	const item = list.createEl("li", { cls: ["intervisie-dash-session", `intervisie-dash-session-${row.status}`] });
	item.toggleClass("is-next", row.isNext);
	item.toggleClass("is-missing", row.reportMissing);
	const title = t.sessions.title(row.number);
	const date = row.date ? formatDay(row.date, t) : t.sessions.noDate;

	const main = item.createDiv({ cls: "intervisie-dash-session-main" });
	makeNoteLink(main, ctx.source, { path: row.path, key: `session:${row.path}` });
	const line = main.createDiv({ cls: "intervisie-dash-session-line" });
	line.createSpan({ cls: "intervisie-dash-session-date", text: date });
	line.createSpan({ cls: "intervisie-dash-session-title", text: title });
	if (row.isNext) line.createSpan({ cls: "intervisie-dash-badge", text: t.sessions.next });
	if (row.status !== "held" && row.status !== "planned") line.createSpan({ cls: "intervisie-dash-badge", text: ui.session.statuses[row.status] });
	if (row.theme) main.createDiv({ cls: "intervisie-dash-session-theme", text: t.sessions.theme(row.theme) });
	const meta = [
		row.caseBringers.length ? t.sessions.caseBringers(row.caseBringers.join(", ")) : null,
		row.method ? t.sessions.method(methodName(row.method, ctx.language)) : null,
		t.sessions.myRole(ui.report.roles[row.myRole]),
	].filter((part): part is string => part !== null);
	main.createDiv({ cls: "intervisie-dash-muted", text: meta.join(" · ") });
	if (row.questions) renderQuestionRound(main, row.questions, ctx);

	const links = item.createDiv({ cls: "intervisie-dash-session-links" });
	if (row.casePath) {
		makeNoteLink(links.createSpan({ text: t.sessions.case }), ctx.source, { path: row.casePath, label: t.sessions.caseOf(title), key: `session-case:${row.path}` });
	}
	if (row.myReportPath) {
		makeNoteLink(links.createSpan({ text: t.sessions.report }), ctx.source, { path: row.myReportPath, label: t.sessions.reportOf(title), key: `session-report:${row.path}` });
	} else if (row.reportMissing) {
		links.createSpan({ cls: "intervisie-dash-missing", text: t.sessions.reportMissing });
	}
}

/** The same words as the facilitator view's questions over the trajectory, for the note-taker. */
function renderQuestionRound(parent: HTMLElement, q: QuestionShare, ctx: RenderContext): void {
	const t = FACILITATOR_STRINGS[ctx.language];
	const box = parent.createDiv({ cls: "intervisie-dash-session-questions" });
	box.createDiv({ text: ctx.t.sessions.questions(t.questions.open(q.open, q.total, q.openPercent)) });
	const kinds = box.createDiv({ cls: "intervisie-dash-muted" });
	renderKinds(kinds, q, t);
	kinds.appendText(" · ");
	kinds.createSpan({ cls: "intervisie-fac-questions-kind", text: t.questions.helped(q.helped) });
}
