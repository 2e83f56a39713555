import type { MemberCard, MemberGoal } from "../../core/facilitator/facilitator-model";
import { formatDay } from "../dashboard/format";
import { makeNoteLink } from "../dashboard/note-link";
import { renderGoalChart } from "../dashboard/render-goal-chart";
import { facSection } from "./fac-section";
import type { FacilitatorSectionContext } from "./facilitator-context";

/** A card per member: what they shared, and each shared goal with status, deadline and its ratings chart. */
export function renderMemberCards(parent: DocumentFragment, cards: readonly MemberCard[], ctx: FacilitatorSectionContext): void {
	const { t } = ctx;
	const section = facSection(parent, "members", t.sections.members);
	if (cards.length === 0) {
		section.createEl("p", { cls: "intervisie-dash-muted", text: t.attendance.noMembers });
		return;
	}
	const grid = section.createDiv({ cls: "intervisie-dash-goal-grid" });
	for (const card of cards) renderCard(grid, card, ctx);
}

function renderCard(grid: HTMLElement, card: MemberCard, ctx: FacilitatorSectionContext): void {
	const { t } = ctx;
	const article = grid.createEl("article", { cls: ["intervisie-dash-card", "intervisie-fac-member"], attr: { "aria-label": card.name } });
	const head = article.createDiv({ cls: "intervisie-dash-card-head" });
	head.createEl("h4", { cls: ["intervisie-dash-card-title", "intervisie-fac-member-name"], text: card.name });
	if (!card.listed) head.createSpan({ cls: "intervisie-dash-badge", text: t.members.notListed });
	if (card.folder === null) {
		article.createEl("p", { cls: "intervisie-dash-muted", text: t.members.nothingShared });
		return;
	}
	article.createEl("p", { cls: "intervisie-dash-muted", text: t.members.shared(card.reportCount, card.caseCount) });
	if (card.goals.length === 0) {
		article.createEl("p", { cls: "intervisie-dash-muted", text: t.members.noGoals });
		return;
	}
	const list = article.createEl("ul", { cls: "intervisie-fac-goals", attr: { "aria-label": t.members.goalsOf(card.name) } });
	for (const goal of card.goals) renderGoal(list.createEl("li", { cls: "intervisie-fac-goal" }), goal, ctx);
}

function renderGoal(item: HTMLElement, goal: MemberGoal, ctx: FacilitatorSectionContext): void {
	const { t, d, ui } = ctx;
	const head = item.createDiv({ cls: "intervisie-dash-card-head" });
	const title = head.createEl("h5", { cls: "intervisie-fac-goal-heading" }).createSpan({ cls: "intervisie-fac-goal-title", text: goal.title });
	makeNoteLink(title, ctx.opener, { path: goal.path, key: `fac-goal:${goal.path}` });
	head.createSpan({ cls: "intervisie-dash-badge", text: ui.goalStatus[goal.status] });
	if (goal.deadline) item.createDiv({ cls: "intervisie-dash-muted", text: t.members.deadline(formatDay(goal.deadline, d)) });
	renderGoalChart(item, goal, d);
}
