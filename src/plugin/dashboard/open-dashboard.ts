import type { App } from "obsidian";
import { DASHBOARD_VIEW_TYPE } from "./dashboard-view";

/** Shows the dashboard: the open one if there is one, else in a new tab. */
export async function openDashboard(app: App): Promise<void> {
	const existing = app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
	if (existing) {
		await app.workspace.revealLeaf(existing);
		return;
	}
	const leaf = app.workspace.getLeaf("tab");
	await leaf.setViewState({ type: DASHBOARD_VIEW_TYPE, active: true });
	await app.workspace.revealLeaf(leaf);
}
