import type { DashboardModel, GoalFilter } from "../../core/dashboard/dashboard-model";

/** What the dashboard view needs from the plugin: a model on request, word of changes, and a few actions. */
export interface DashboardSource {
	model(options: { trajectory: string | null; goalFilter: GoalFilter }): DashboardModel;
	/** Calls the listener whenever the model may have changed; returns the unsubscribe. */
	subscribe(listener: () => void): () => void;
	openNote(path: string, newLeaf: boolean): void;
	createTrajectory(): void;
	createGoal(): void;
}
