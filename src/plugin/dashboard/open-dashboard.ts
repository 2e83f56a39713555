import type { App } from "obsidian";
import { openSingletonView } from "../open-view";
import { DASHBOARD_VIEW_TYPE } from "./dashboard-view";

/** Shows the dashboard: the open one if there is one, else in a new tab. */
export function openDashboard(app: App): Promise<void> {
	return openSingletonView(app, DASHBOARD_VIEW_TYPE);
}
