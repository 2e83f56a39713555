import { afterEach, describe, expect, it } from "vitest";
import { GoalModal } from "../../src/plugin/modals/goal-modal";
import { ReportModal } from "../../src/plugin/modals/report-modal";
import { ID, startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

/** Each field of each setting under `root`, with the setting's visible name and the field's accessible name. */
function fields(root: HTMLElement): { shown: string; named: string | null }[] {
	return Array.from(root.querySelectorAll<HTMLElement>(".setting-item")).flatMap((item) => {
		const shown = item.querySelector(".setting-item-name")?.textContent?.trim() ?? "";
		return Array.from(item.querySelectorAll<HTMLElement>("input, select, textarea")).map((control) => ({ shown, named: control.getAttribute("aria-label") }));
	});
}

describe("form fields have names", () => {
	it("names every field of a form after its setting, in the interface language", async () => {
		p = await startPlugin({ language: "nl" });
		await p.run("new-goal");
		const goal = fields(p.h.lastModal(GoalModal).contentEl);
		expect(goal.length).toBeGreaterThanOrEqual(8);
		for (const { shown, named } of goal) expect(named).toBe(shown);
		expect(goal.map((f) => f.named)).toContain("Korte naam");
	});

	it("names the dropdowns of a report form, rating fields among them", async () => {
		p = await startPlugin({ language: "en" });
		await p.run("write-report");
		const report = fields(p.h.lastModal(ReportModal).contentEl);
		expect(report.some((f) => f.named !== null && f.named !== "")).toBe(true);
		// An action's date shares its row: it is named after the row, then says which ("Action 1, date").
		for (const { shown, named } of report) expect(named === shown || named === `${shown}, date`).toBe(true);
	});

	it("names every field of the settings tab; the two bounds of the scale each say which", async () => {
		p = await startPlugin({ language: "en" });
		const tab = p.h.openSettings(ID);
		const all = fields(tab.containerEl);
		const unnamed = all.filter((f) => !f.named);
		expect(unnamed).toEqual([]);
		const scale = all.filter((f) => f.shown === "Default rating scale").map((f) => f.named);
		expect(scale).toEqual(["Default rating scale, lowest", "Default rating scale, highest"]);
		for (const { shown, named } of all) expect(named?.startsWith(shown)).toBe(true);
	});
});
