import type { RenderContext } from "./render-context";

/** The first run: what the dashboard is for, and the two ways to begin. */
export function renderEmptyState(parent: DocumentFragment, ctx: RenderContext): void {
	const { t } = ctx;
	const box = parent.createDiv({ cls: "intervisie-dash-empty" });
	box.createEl("h2", { text: t.empty.title });
	box.createEl("p", { text: t.empty.text });
	const buttons = box.createDiv({ cls: "intervisie-dash-empty-buttons" });
	const trajectory = buttons.createEl("button", { cls: "mod-cta", text: t.empty.newTrajectory, attr: { type: "button", "data-key": "empty-trajectory" } });
	trajectory.addEventListener("click", () => ctx.source.createTrajectory());
	const goal = buttons.createEl("button", { text: t.empty.newGoal, attr: { type: "button", "data-key": "empty-goal" } });
	goal.addEventListener("click", () => ctx.source.createGoal());
}
