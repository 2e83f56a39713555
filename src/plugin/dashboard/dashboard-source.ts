import type { DashboardModel, GoalFilter } from "../../core/dashboard/dashboard-model";
import type { Action } from "../../core/notes/actions";
import type { ActionEdit } from "../../core/notes/edit-action";

/** What the dashboard view needs from the plugin: a model on request, word of changes, and a few actions. */
export interface DashboardSource {
	model(options: { trajectory: string | null; goalFilter: GoalFilter }): DashboardModel;
	/** Calls the listener whenever the model may have changed; returns the unsubscribe. */
	subscribe(listener: () => void): () => void;
	openNote(path: string, newLeaf: boolean): void;
	createTrajectory(): void;
	createGoal(): void;
	/** Ticks off or re-dates an action in the note at `path`; true when written. */
	editAction(path: string, action: Action, edit: ActionEdit): Promise<boolean>;
	/** Sets the case note at `path` to ready; true when written. */
	markCaseReady(path: string, title: string): Promise<boolean>;
}
