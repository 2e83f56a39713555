import type { WorkspaceLeaf } from "obsidian";
import { buildDashboard } from "../../../src/core/dashboard/build-dashboard";
import type { DashboardModel } from "../../../src/core/dashboard/dashboard-model";
import type { DashboardSource } from "../../../src/plugin/dashboard/dashboard-source";
import { DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { createHarness } from "../../../tests/harness/harness";
import type { Metric } from "../metric";
import { repeat, timed } from "../measure";
import { dashboardInput } from "./dashboard-input";

/** Hands the view one finished model, so only the DOM work is timed. */
export class FixedSource implements DashboardSource {
	constructor(private readonly current: DashboardModel) {}

	model(): DashboardModel {
		return this.current;
	}

	subscribe(): () => void {
		return () => undefined;
	}

	openNote(): void {}

	createTrajectory(): void {}

	createGoal(): void {}

	editAction(): Promise<boolean> {
		return Promise.resolve(false);
	}

	markCaseReady(): Promise<boolean> {
		return Promise.resolve(false);
	}
}

/** The busiest member's model drawn whole by a DashboardView open in a tab of the harness (happy-dom). */
export const dashboardRender: Metric = {
	name: "dashboard_render",
	target: 30,
	measure: async ({ vault }) => {
		const model = buildDashboard(dashboardInput(vault));
		const h = createHarness();
		try {
			const leaf = h.app.workspace.getLeaf(true);
			const view = new DashboardView(leaf as unknown as WorkspaceLeaf, new FixedSource(model));
			await leaf.open(view as never);
			if (!view.contentEl.isConnected || view.contentEl.childElementCount === 0) throw new Error("the dashboard view rendered nothing");
			// Each render a first draw: the view keeps the sections of an unchanged model, which is change_to_redraw's figure.
			const parts = (view as unknown as { parts?: { forget(): void } }).parts;
			if (!parts) throw new Error("the dashboard view keeps no parts to forget");
			return await repeat({ warmup: 5, runs: 30 }, () => {
				parts.forget();
				return timed(() => view.render(model));
			});
		} finally {
			await h.dispose();
		}
	},
};
