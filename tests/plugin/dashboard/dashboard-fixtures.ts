import type { WorkspaceLeaf } from "obsidian";
import type { DashboardModel, GoalFilter, GoalRow, SessionRow } from "../../../src/core/dashboard/dashboard-model";
import type { Action } from "../../../src/core/notes/actions";
import type { ActionEdit } from "../../../src/core/notes/edit-action";
import type { DashboardSource } from "../../../src/plugin/dashboard/dashboard-source";
import { DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { createHarness } from "../../harness/harness";
import type { Harness } from "../../harness/harness";

export function goal(overrides: Partial<GoalRow> = {}): GoalRow {
	return {
		path: "Goals/Summarise in meetings.md",
		title: "Summarise in meetings",
		status: "active",
		deadline: "2026-06-30",
		daysLeft: 112,
		baseline: 3,
		target: 8,
		scale: { min: 1, max: 10 },
		points: [
			{ date: "2026-01-20", rating: 4, reportPath: "Reports/2026-01-20 Session 1.md" },
			{ date: "2026-02-17", rating: 5, reportPath: "Reports/2026-02-17 Session 2.md" },
			{ date: "2026-03-03", rating: 7, reportPath: "Reports/2026-03-03 Session 3.md" },
		],
		lastReflected: "2026-03-03",
		reportCount: 3,
		caseCount: 1,
		evidenceCount: 2,
		hintCount: 0,
		stale: false,
		chartSummary: "Summarise in meetings: 3 ratings on a scale of 1 to 10, rising from 4 to 7. Target 8.",
		...overrides,
	};
}

export function session(overrides: Partial<SessionRow> = {}): SessionRow {
	return {
		path: "Sessions/Session 3.md",
		number: 3,
		date: "2026-03-03",
		status: "held",
		caseBringers: ["Anna"],
		method: "Six phases",
		theme: "Asking questions",
		myRole: "participant",
		casePath: "Cases/How can I delegate.md",
		myReportPath: "Reports/2026-03-03 Session 3.md",
		questions: null,
		reportMissing: false,
		isNext: false,
		...overrides,
	};
}

/** `count` sessions two weeks apart starting 2020-01-07, numbered from 1. */
export function manySessions(count: number): SessionRow[] {
	return Array.from({ length: count }, (_, i) => {
		const date = new Date(Date.UTC(2020, 0, 7 + i * 14)).toISOString().slice(0, 10);
		return session({ path: `Sessions/Session ${i + 1}.md`, number: i + 1, date, casePath: null, myReportPath: null });
	});
}

export function model(overrides: Partial<DashboardModel> = {}): DashboardModel {
	return {
		today: "2026-03-10",
		me: "Sanne",
		empty: false,
		trajectories: [{ path: "Trajectories/Team leads 2026.md", name: "Team leads 2026", selected: true }],
		header: {
			path: "Trajectories/Team leads 2026.md",
			name: "Team leads 2026",
			start: "2026-01-20",
			end: "2026-06-30",
			sessionsHeld: 3,
			sessionsPlanned: 5,
			next: { path: "Sessions/Session 4.md", date: "2026-03-24", daysToGo: 14, iAmCaseBringer: true },
			myCasePreparation: { path: "Cases/My case.md", ready: false },
			lastReport: { sessionPath: "Sessions/Session 3.md", reportPath: null },
			scale: { min: 1, max: 10, low: "I don't do this yet", high: "I do this as a habit" },
		},
		goals: { filter: "active", rows: [goal()], total: 1 },
		sessions: [session()],
		rhythm: { months: [{ month: "2026-01", reports: 1, cases: 0 }, { month: "2026-02", reports: 1, cases: 1 }, { month: "2026-03", reports: 2, cases: 0 }], streak: 3 },
		problems: [],
		reminders: [],
		...overrides,
	};
}

/** A source that hands out a model the test sets, and records what the view asked of it. */
export class FakeSource implements DashboardSource {
	current: DashboardModel;
	readonly requests: { trajectory: string | null; goalFilter: GoalFilter }[] = [];
	readonly opened: { path: string; newLeaf: boolean }[] = [];
	readonly created: string[] = [];
	private listeners = new Set<() => void>();

	constructor(initial: DashboardModel) {
		this.current = initial;
	}

	model(options: { trajectory: string | null; goalFilter: GoalFilter }): DashboardModel {
		this.requests.push(options);
		return this.current;
	}

	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** The index changed: every subscriber hears it. */
	notify(next?: DashboardModel): void {
		if (next) this.current = next;
		for (const listener of this.listeners) listener();
	}

	get subscribers(): number {
		return this.listeners.size;
	}

	openNote(path: string, newLeaf: boolean): void {
		this.opened.push({ path, newLeaf });
	}

	createTrajectory(): void {
		this.created.push("trajectory");
	}

	createGoal(): void {
		this.created.push("goal");
	}

	readonly edits: { path: string; action: Action; edit: ActionEdit }[] = [];
	readonly markedReady: string[] = [];

	editAction(path: string, action: Action, edit: ActionEdit): Promise<boolean> {
		this.edits.push({ path, action, edit });
		return Promise.resolve(true);
	}

	markCaseReady(path: string): Promise<boolean> {
		this.markedReady.push(path);
		return Promise.resolve(true);
	}
}

export interface OpenDashboard {
	h: Harness;
	source: FakeSource;
	view: DashboardView;
	el: HTMLElement;
}

/** The view opened in a new tab of the fake workspace, as Obsidian opens it. */
export async function openDashboard(initial: DashboardModel = model(), language = "en"): Promise<OpenDashboard> {
	const h = createHarness({ language });
	const source = new FakeSource(initial);
	const leaf = h.app.workspace.getLeaf(true);
	const view = new DashboardView(leaf as unknown as WorkspaceLeaf, source);
	await leaf.open(view as never);
	return { h, source, view, el: view.contentEl };
}

export function texts(el: ParentNode, selector: string): string[] {
	return Array.from(el.querySelectorAll(selector)).map((e) => e.textContent ?? "");
}

export function byKey(el: HTMLElement, key: string): HTMLElement {
	const found = Array.from(el.querySelectorAll<HTMLElement>("[data-key]")).find((e) => e.getAttribute("data-key") === key);
	if (!found) throw new Error(`No element with data-key ${key}`);
	return found;
}

export function press(el: HTMLElement, key: string, init: KeyboardEventInit = {}): void {
	el.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }));
}

export function click(el: Element, init: MouseEventInit = {}): void {
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}
