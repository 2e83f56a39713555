import { setIcon } from "obsidian";
import type { GoalFilter, GoalRow, GoalsSection } from "../../core/dashboard/dashboard-model";
import { formatDay, relativeDays } from "./format";
import { isUrgent } from "../../core/dashboard/reminder-entries";
import { makeNoteLink } from "./note-link";
import { renderGoalChart } from "./render-goal-chart";
import type { RenderContext } from "./render-context";
import { createSection } from "./section";

/** The goals as cards (a grid when the view is wide): status, deadline, reflection, counts, chart. */
export function renderGoals(parent: DocumentFragment, goals: GoalsSection, ctx: RenderContext, onFilter: (filter: GoalFilter) => void): void {
	const { t } = ctx;
	const section = createSection(parent, "goals", t.sections.goals);
	const bar = section.createDiv({ cls: "intervisie-dash-toolbar" });
	const group = bar.createDiv({ cls: "intervisie-dash-filter", attr: { role: "group", "aria-label": t.goals.filter } });
	for (const filter of ["active", "all"] as const) {
		const pressed = goals.filter === filter;
		const button = group.createEl("button", {
			cls: pressed ? "intervisie-dash-filter-button is-active" : "intervisie-dash-filter-button",
			text: filter === "active" ? t.goals.active : t.goals.all,
			attr: { type: "button", "aria-pressed": pressed, "data-key": `goal-filter:${filter}` },
		});
		button.addEventListener("click", () => onFilter(filter));
	}
	if (goals.total > 0) bar.createSpan({ cls: "intervisie-dash-muted", text: t.goals.shown(goals.rows.length, goals.total) });

	if (goals.rows.length === 0) {
		section.createEl("p", { cls: "intervisie-dash-muted", text: goals.total === 0 ? t.goals.none : t.goals.noneActive });
		if (goals.total === 0) {
			const button = section.createEl("button", { text: t.goals.newGoal, attr: { type: "button", "data-key": "goals-new" } });
			button.addEventListener("click", () => ctx.source.createGoal());
		}
		return;
	}
	const grid = section.createDiv({ cls: "intervisie-dash-goal-grid" });
	for (const goal of goals.rows) renderGoalCard(grid, goal, ctx);
}

function renderGoalCard(grid: HTMLElement, goal: GoalRow, ctx: RenderContext): void {
	const { t, ui } = ctx;
	const card = grid.createEl("article", { cls: ["intervisie-dash-card", `intervisie-dash-status-${goal.status}`] });
	const head = card.createDiv({ cls: "intervisie-dash-card-head" });
	const title = head.createEl("h4", { cls: "intervisie-dash-card-title" }).createSpan({ text: goal.title });
	makeNoteLink(title, ctx.source, { path: goal.path, key: `goal:${goal.path}` });
	head.createSpan({ cls: "intervisie-dash-badge", text: ui.goalStatus[goal.status] });

	if (goal.stale) {
		const stale = card.createDiv({ cls: "intervisie-dash-stale" });
		setIcon(stale.createSpan({ cls: "intervisie-dash-icon", attr: { "aria-hidden": "true" } }), "alert-triangle");
		stale.createSpan({ text: t.goals.stale });
	}

	const facts = card.createEl("ul", { cls: "intervisie-dash-facts" });
	if (goal.deadline) {
		const overdue = isUrgent(goal.daysLeft);
		const relative = goal.daysLeft === null ? "" : relativeDays(goal.daysLeft, t);
		const text = relative ? t.goals.deadline(formatDay(goal.deadline, t), relative) : formatDay(goal.deadline, t);
		facts.createEl("li", { cls: overdue ? "intervisie-dash-overdue" : undefined, text });
	} else {
		facts.createEl("li", { cls: "intervisie-dash-muted", text: t.goals.noDeadline });
	}
	facts.createEl("li", { text: goal.lastReflected ? t.goals.lastReflected(formatDay(goal.lastReflected, t)) : t.goals.neverReflected });
	const counts = [t.goals.reports(goal.reportCount), t.goals.cases(goal.caseCount), t.goals.evidence(goal.evidenceCount)];
	facts.createEl("li", { cls: "intervisie-dash-muted", text: counts.join(" · ") });
	if (goal.hintCount > 0) facts.createEl("li", { cls: "intervisie-dash-hints", text: t.goals.hints(goal.hintCount) });

	renderGoalChart(card, goal, t);
}
