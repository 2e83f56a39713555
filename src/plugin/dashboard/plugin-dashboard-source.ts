import type { App } from "obsidian";
import { buildDashboard } from "../../core/dashboard/build-dashboard";
import type { DashboardModel, GoalFilter } from "../../core/dashboard/dashboard-model";
import { isMine } from "../../core/index/my-notes";
import type { GoalNote, ReportNote } from "../../core/schema/notes";
import type { LinkResolver } from "../../core/schema/note-record";
import type { Action } from "../../core/notes/actions";
import type { ActionEdit } from "../../core/notes/edit-action";
import { editListedAction } from "../actions/listed-action";
import { markCaseReady } from "../commands/mark-case-ready";
import type { NoteBodies } from "../note-bodies";
import type { Services } from "../services";
import type { VaultIndex } from "../vault-index";
import { uiLanguage } from "../ui-language";
import type { DashboardSource } from "./dashboard-source";

/** The dashboard's data from the live indexes: the view asks for a model, and hears when to ask again. */
export class PluginDashboardSource implements DashboardSource {
	constructor(
		private readonly app: App,
		private readonly vault: VaultIndex,
		private readonly bodies: NoteBodies,
		private readonly resolver: LinkResolver,
		private readonly services: Services,
		private readonly commands: { createTrajectory(): void; createGoal(): void },
	) {}

	model(options: { trajectory: string | null; goalFilter: GoalFilter }): DashboardModel {
		const settings = this.services.settings();
		const index = this.vault.ensureLoaded();
		const me = settings.myName;
		void this.bodies.track(myBodiesToRead(index.ofKind("goal"), index.ofKind("report"), me));
		return buildDashboard({
			index,
			links: this.vault.links,
			resolver: this.resolver,
			me,
			today: this.services.today(),
			language: uiLanguage(),
			defaultScale: { min: settings.scaleMin, max: settings.scaleMax },
			trajectory: options.trajectory,
			goalFilter: options.goalFilter,
			openActions: this.bodies.openActions(),
			goalHintCount: (path) => this.bodies.hintCount(path),
			reminderDays: settings.reminderDays,
		});
	}

	subscribe(listener: () => void): () => void {
		return this.vault.subscribe(listener);
	}

	openNote(path: string, newLeaf: boolean): void {
		void this.app.workspace.openLinkText(path, "", newLeaf);
	}

	createTrajectory(): void {
		this.commands.createTrajectory();
	}

	createGoal(): void {
		this.commands.createGoal();
	}

	editAction(path: string, action: Action, edit: ActionEdit): Promise<boolean> {
		return editListedAction(this.app, path, action, edit);
	}

	markCaseReady(path: string, title: string): Promise<boolean> {
		return markCaseReady(this.services, { path, title });
	}
}

/** Only my goals and reports have bodies worth reading for the dashboard. */
export function myBodiesToRead(goals: readonly GoalNote[], reports: readonly ReportNote[], me: string): (GoalNote | ReportNote)[] {
	return [...goals.filter((g) => isMine(g, me)), ...reports.filter((r) => isMine(r, me))];
}
