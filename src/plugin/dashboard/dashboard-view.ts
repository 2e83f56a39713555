import type { ViewStateResult, WorkspaceLeaf } from "obsidian";
import { LiveView } from "../live-view";
import type { DashboardModel, GoalFilter } from "../../core/dashboard/dashboard-model";
import type { DashboardSource } from "./dashboard-source";
import { renderContext } from "./render-context";
import { renderEmptyState } from "./render-empty-state";
import { renderGoals } from "./render-goals";
import { renderHeader } from "./render-header";
import { renderProblems } from "./render-problems";
import { renderReminders } from "./render-reminders";
import { renderRhythm } from "./render-rhythm";
import { renderSessions } from "./render-sessions";
import { SESSION_PAGE_SIZE } from "./session-page";
import { swapContent } from "./swap-content";

export const DASHBOARD_VIEW_TYPE = "intervisie-dashboard";

/**
 * Progress over the trajectory. The view holds only UI state (trajectory, goal filter, how many sessions
 * are shown); the source builds the model and says when to ask again.
 */
export class DashboardView extends LiveView {
	private trajectory: string | null = null;
	private goalFilter: GoalFilter = "active";
	private sessionsShown = SESSION_PAGE_SIZE;

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

	/** Builds the whole dashboard off-screen, then swaps it in at once (see `swapContent`). */
	render(model: DashboardModel): void {
		const fragment = createFragment();
		this.build(fragment, model);
		swapContent(this.contentEl, fragment);
	}

	private build(fragment: DocumentFragment, model: DashboardModel): void {
		const ctx = renderContext(this.source);
		if (model.empty) {
			renderEmptyState(fragment, ctx);
			renderProblems(fragment, model.problems, ctx);
			return;
		}
		renderHeader(fragment, model.header, model.trajectories, ctx, (path) => this.chooseTrajectory(path));
		renderReminders(fragment, model.reminders, model.today, ctx);
		renderGoals(fragment, model.goals, ctx, (filter) => this.chooseFilter(filter));
		renderSessions(fragment, model.sessions, model.today, this.sessionsShown, ctx, () => this.showMoreSessions());
		renderRhythm(fragment, model.rhythm, ctx);
		renderProblems(fragment, model.problems, ctx);
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
