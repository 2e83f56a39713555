import type { ViewStateResult, WorkspaceLeaf } from "obsidian";
import { KeptParts, type ViewPart } from "../kept-parts";
import { LiveView } from "../live-view";
import type { DashboardModel, GoalFilter } from "../../core/dashboard/dashboard-model";
import type { DashboardSource } from "./dashboard-source";
import { renderContext, type RenderContext } from "./render-context";
import { renderEmptyState } from "./render-empty-state";
import { renderGoals } from "./render-goals";
import { renderHeader } from "./render-header";
import { renderProblems } from "./render-problems";
import { renderReminders } from "./render-reminders";
import { renderRhythm } from "./render-rhythm";
import { renderSessions } from "./render-sessions";
import { SESSION_PAGE_SIZE } from "./session-page";

export const DASHBOARD_VIEW_TYPE = "intervisie-dashboard";

/**
 * Progress over the trajectory. The view holds only UI state (trajectory, goal filter, how many sessions
 * are shown); the source builds the model and says when to ask again.
 */
export class DashboardView extends LiveView {
	private trajectory: string | null = null;
	private goalFilter: GoalFilter = "active";
	private sessionsShown = SESSION_PAGE_SIZE;
	private readonly parts = new KeptParts();

	constructor(leaf: WorkspaceLeaf, private readonly source: DashboardSource) {
		super(leaf);
	}

	getViewType(): string {
		return DASHBOARD_VIEW_TYPE;
	}

	getDisplayText(): string {
		return renderContext(this.source).t.title;
	}

	getIcon(): string {
		return "line-chart";
	}

	protected listen(changed: () => void): () => void {
		return this.source.subscribe(changed);
	}

	async onOpen(): Promise<void> {
		this.contentEl.addClass("intervisie-dash");
		this.startFollowing();
	}

	async onClose(): Promise<void> {
		this.stopFollowing();
		this.contentEl.empty();
		this.parts.forget();
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), trajectory: this.trajectory, goalFilter: this.goalFilter };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const saved = (state ?? {}) as { trajectory?: unknown; goalFilter?: unknown };
		if (typeof saved.trajectory === "string" || saved.trajectory === null) this.trajectory = saved.trajectory;
		if (saved.goalFilter === "active" || saved.goalFilter === "all") this.goalFilter = saved.goalFilter;
		await super.setState(state, result);
		if (this.following) this.refresh();
	}

	/** Asks the source for a fresh model with the current choices and shows it. */
	refresh(): void {
		this.render(this.source.model({ trajectory: this.trajectory, goalFilter: this.goalFilter }));
	}

	/** Draws the model; a section whose part of the model is unchanged keeps its elements (see `KeptParts`). */
	render(model: DashboardModel): void {
		this.parts.draw(this.contentEl, this.sections(model, renderContext(this.source)));
	}

	/** The sections, each with all it is drawn from: the model's part, the view's choices and the language. */
	private sections(model: DashboardModel, ctx: RenderContext): ViewPart[] {
		const { language } = ctx;
		const problems: ViewPart = { key: "problems", input: [language, model.problems], draw: (f) => renderProblems(f, model.problems, ctx) };
		if (model.empty) return [{ key: "empty", input: [language], draw: (f) => renderEmptyState(f, ctx) }, problems];
		return [
			{
				key: "header",
				input: [language, model.header, model.trajectories],
				draw: (f) => renderHeader(f, model.header, model.trajectories, ctx, (path) => this.chooseTrajectory(path)),
			},
			{ key: "reminders", input: [language, model.reminders, model.today], draw: (f) => renderReminders(f, model.reminders, model.today, ctx) },
			{ key: "goals", input: [language, model.goals], draw: (f) => renderGoals(f, model.goals, ctx, (filter) => this.chooseFilter(filter)) },
			{
				key: "sessions",
				input: [language, model.sessions, model.today, this.sessionsShown],
				draw: (f) => renderSessions(f, model.sessions, model.today, this.sessionsShown, ctx, () => this.showMoreSessions()),
			},
			{ key: "rhythm", input: [language, model.rhythm], draw: (f) => renderRhythm(f, model.rhythm, ctx) },
			problems,
		];
	}

	private chooseTrajectory(path: string): void {
		this.trajectory = path;
		this.sessionsShown = SESSION_PAGE_SIZE;
		this.app.workspace.requestSaveLayout();
		this.refresh();
	}

	private chooseFilter(filter: GoalFilter): void {
		this.goalFilter = filter;
		this.app.workspace.requestSaveLayout();
		this.refresh();
	}

	private showMoreSessions(): void {
		this.sessionsShown += SESSION_PAGE_SIZE;
		this.refresh();
	}
}
