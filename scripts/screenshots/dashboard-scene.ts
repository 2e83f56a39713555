import type { Plugin } from "obsidian";
import type { PluginClass } from "../../tests/harness/harness";
import { ID, startPlugin } from "../../tests/plugin/plugin-harness";
import { STORY } from "../demo/demo-story";
import { driveStory } from "../demo/drive-story";
import { freezeFormValues } from "./page";

const settle = () => new Promise((resolve) => setTimeout(resolve, 700));

/**
 * The dashboard of the demo trajectory, as the built plugin draws it the day after the story ends,
 * with the interface in `language`. Returns its serialised DOM.
 */
export async function dashboardMarkup(Built: PluginClass<Plugin>, language: "nl" | "en", empty = false, view: "dashboard" | "group" = "dashboard"): Promise<string> {
	const p = await startPlugin({ language: "nl", myName: empty ? "Sanne de Vries" : null, today: "2026-01-12", pluginClass: Built });
	try {
		if (!empty) await driveStory({ h: p.h, pluginId: ID, setToday: (day) => p.setToday(day), setNow: (date) => p.setNow(date) }, STORY);
		p.setToday("2026-04-23");
		p.h.setLanguage(language);
		await p.run(view === "group" ? "open-facilitator-view" : "open-dashboard");
		await settle();
		const leaf = p.h.app.workspace.getLeavesOfType(view === "group" ? "intervisie-group" : "intervisie-dashboard")[0];
		if (!leaf) throw new Error("The dashboard did not open");
		const root = leaf.view.containerEl;
		freezeFormValues(root);
		return `<div class="workspace-leaf intervisie-screenshot-leaf">${root.outerHTML}</div>`;
	} finally {
		await p.h.dispose();
	}
}
