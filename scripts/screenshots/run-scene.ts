import type { Plugin } from "obsidian";
import type { PluginClass } from "../../tests/harness/harness";
import { click } from "../../tests/harness/form-driver";
import type { FormLike } from "../../tests/harness/form-driver";
import { TRAJECTORY_VAULT } from "../../tests/plugin/fixture-vault";
import { startPlugin } from "../../tests/plugin/plugin-harness";
import { RUN_STRINGS } from "../../src/core/i18n/run-strings";
import { freezeFormValues } from "./page";

export type RunStage = "start" | "running" | "ended";

const SESSION = "Intervisie/Sessions/2026-03-10 Session 4.md";
const FILES = {
	...TRAJECTORY_VAULT,
	[SESSION]:
		'---\nintervisie: session\ndate: 2026-03-10\nnumber: 4\ntrajectory: "[[Team leads 2026]]"\nstatus: planned\nmethod: incident-short\ncase-bringers:\n  - Joris Bakker\nfacilitator: Aylin Demir\nnote-taker: Sanne de Vries\n---\n## Notes\n\n',
};
const NOTES = {
	nl: "Joris wil weten hoe hij het gesprek opent.\nWat heeft hij al geprobeerd?",
	en: "Joris wants to know how to open the conversation.\nWhat has he tried already?",
};

/** Facilitation mode of a session as the built plugin draws it: before the start, in a phase that ran over, or after the end. */
export async function runMarkup(Built: PluginClass<Plugin>, language: "nl" | "en", stage: RunStage): Promise<string> {
	const p = await startPlugin({ files: FILES, language, today: "2026-03-10", pluginClass: Built });
	const t = RUN_STRINGS[language];
	try {
		let now = new Date(2026, 2, 10, 19, 30);
		const at = (minutes: number) => {
			now = new Date(now.getTime() + minutes * 60_000);
			p.setNow(now);
		};
		at(0);
		await p.h.openFile(SESSION);
		await p.run("run-session");
		const leaf = p.h.app.workspace.getLeavesOfType("intervisie-run")[0];
		if (!leaf) throw new Error("Facilitation mode did not open");
		const view = leaf.view as unknown as FormLike & { refresh(): void; saveNow(): Promise<void> };
		const press = async (label: string) => {
			click(view, label);
			await p.h.settle();
		};
		if (stage !== "start") {
			await press(t.start);
			at(4);
			await press(t.next);
			at(17);
			const area = view.contentEl.querySelector("textarea");
			if (area) {
				area.value = NOTES[language];
				area.dispatchEvent(new Event("input", { bubbles: true }));
				await view.saveNow();
			}
			view.refresh();
		}
		if (stage === "ended") {
			const hasButton = (label: string) => Array.from(view.contentEl.querySelectorAll("button")).some((b) => b.textContent?.trim() === label);
			for (let minutes = 9; hasButton(t.next); minutes += 2) {
				await press(t.next);
				at(minutes);
			}
			await press(t.finish);
		}
		const root = leaf.view.containerEl;
		freezeFormValues(root);
		return `<div class="workspace-leaf intervisie-screenshot-leaf">${root.outerHTML}</div>`;
	} finally {
		await p.h.dispose();
	}
}
