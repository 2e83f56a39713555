import type { Plugin } from "obsidian";
import type { PluginClass } from "../../tests/harness/harness";
import { STORY } from "../demo/demo-story";
import { driveStoryIn } from "../demo/drive-story";
import { leafMarkup } from "./page";
import { withPlugin } from "./with-plugin";

const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

/**
 * The dashboard of the demo trajectory, as the built plugin draws it the day after the story ends,
 * with the interface in `language`; with `openActions`, the line of overdue actions opened as a reader opens it.
 * Returns its serialised DOM.
 */
export function dashboardMarkup(Built: PluginClass<Plugin>, language: "nl" | "en", empty = false, view: "dashboard" | "group" = "dashboard", openActions = false): Promise<string> {
	return withPlugin({ language: "nl", myName: empty ? "Sanne de Vries" : null, today: "2026-01-12", pluginClass: Built }, async (p) => {
		if (!empty) await driveStoryIn(p, STORY);
		p.setToday("2026-04-23");
		p.h.setLanguage(language);
		await p.run(view === "group" ? "open-facilitator-view" : "open-dashboard");
		await settle();
		const leaf = p.h.app.workspace.getLeavesOfType(view === "group" ? "intervisie-group" : "intervisie-dashboard")[0];
		if (!leaf) throw new Error("The dashboard did not open");
		if (openActions) {
			const summary = leaf.view.containerEl.querySelector<HTMLElement>(".intervisie-dash-reminder-group summary");
			if (!summary) throw new Error("The dashboard shows no line of overdue actions to open");
			summary.click();
			if (!leaf.view.containerEl.querySelector(".intervisie-dash-reminder-group li")) throw new Error("The opened line of overdue actions lists none");
		}
		return leafMarkup(leaf.view.containerEl);
	});
}
