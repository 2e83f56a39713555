import type { QuestionTrend, SessionQuestions } from "../../core/facilitator/facilitator-model";
import type { FacilitatorStrings } from "../../core/i18n/facilitator-strings";
import type { QuestionShare } from "../../core/questions/question-share";
import { QUESTION_KINDS } from "../../core/questions/question-kind";
import { makeNoteLink } from "../dashboard/note-link";
import { facSection } from "./fac-section";
import type { FacilitatorSectionContext } from "./facilitator-context";
import { sessionLabel } from "./session-label";

/** Per held session with a tally, oldest first: the share of open questions, the kinds in words, how many helped. */
export function renderQuestions(parent: DocumentFragment, trend: QuestionTrend, ctx: FacilitatorSectionContext): void {
	const { t } = ctx;
	const section = facSection(parent, "questions", t.sections.questions);
	if (trend.sessions.length === 0) {
		section.createEl("p", { cls: "intervisie-dash-muted", text: t.questions.none });
		return;
	}
	section.createEl("p", { cls: "intervisie-dash-muted", text: t.questions.intro });
	const list = section.createEl("ol", { cls: ["intervisie-dash-rows", "intervisie-fac-questions-list"] });
	for (const row of trend.sessions) renderRow(list, row, ctx);
	if (trend.untallied > 0) section.createEl("p", { cls: "intervisie-dash-muted", text: t.questions.untallied(trend.untallied) });
}

function renderRow(list: HTMLElement, row: SessionQuestions, ctx: FacilitatorSectionContext): void {
	const { t } = ctx;
	const q = row.questions;
	const item = list.createEl("li", { cls: ["intervisie-dash-row", "intervisie-fac-questions-row"] });
	const label = sessionLabel(row, ctx);
	const title = item.createDiv({ cls: "intervisie-dash-row-title", text: label });
	makeNoteLink(title, ctx.opener, { path: row.tallyPath, key: `fac-questions:${row.path}` });
	item.createDiv({ cls: "intervisie-fac-questions-share", text: t.questions.open(q.open, q.total, q.openPercent) });
	renderDots(item, row);
	renderKinds(item.createDiv({ cls: "intervisie-dash-muted" }), q, t);
	item.createDiv({ cls: "intervisie-dash-muted", text: t.questions.helped(q.helped) });
	if (row.sharedBy !== null) item.createDiv({ cls: "intervisie-dash-muted", text: t.questions.from(row.sharedBy) });
}

/** One mark per question, grouped by kind; the words beside it say the same, so it is hidden from screen readers. */
function renderDots(item: HTMLElement, row: SessionQuestions): void {
	const dots = item.createDiv({ cls: "intervisie-fac-questions-dots", attr: { "aria-hidden": "true" } });
	for (const kind of QUESTION_KINDS) {
		for (let i = 0; i < row.questions[kind]; i++) dots.createSpan({ cls: ["intervisie-fac-questions-dot", `intervisie-fac-questions-${kind}`] });
	}
}

/** "7 open · 2 closed · …", each count kept on one line with its word. */
export function renderKinds(parent: HTMLElement, q: QuestionShare, t: FacilitatorStrings): void {
	QUESTION_KINDS.forEach((kind, i) => {
		if (i > 0) parent.appendText(" · ");
		parent.createSpan({ cls: "intervisie-fac-questions-kind", text: t.questions.kind(t.questions.kinds[kind], q[kind]) });
	});
}
