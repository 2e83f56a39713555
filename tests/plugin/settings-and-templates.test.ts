import { afterEach, describe, expect, it } from "vitest";
import { fill } from "../harness/form-driver";
import { GoalModal } from "../../src/plugin/modals/goal-modal";
import { GoalSuggestModal } from "../../src/plugin/modals/goal-suggest-modal";
import { ID, startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

function settingInput(root: HTMLElement, name: string): HTMLInputElement | HTMLSelectElement {
	const item = Array.from(root.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	const control = item?.querySelector<HTMLInputElement | HTMLSelectElement>("input, select");
	if (!control) throw new Error(`No setting ${name}`);
	return control;
}

describe("settings", () => {
	it("shows every setting and saves a change at once", async () => {
		p = await startPlugin({ language: "en" });
		const tab = p.h.openSettings(ID);
		const names = Array.from(tab.containerEl.querySelectorAll(".setting-item-name")).map((el) => el.textContent);
		expect(names).toEqual(["Your name", "Language of new notes", "Default method", "Reflection model", "Default rating scale", "Reminders", "Daily reminder", "Days ahead", "Folders", "Trajectories", "Learning goals", "Case preparations", "Sessions", "Session reports", "Intakes", "Final evaluations", "Template folder", "Groups folder", "Methods folder"]);
		const name = settingInput(tab.containerEl, "Your name");
		name.value = "Aylin Demir";
		name.dispatchEvent(new Event("input"));
		const folder = settingInput(tab.containerEl, "Learning goals");
		folder.value = "Mijn doelen//2026/";
		folder.dispatchEvent(new Event("input"));
		await p.h.settle();
		const data = JSON.parse(p.h.readFile(`.obsidian/plugins/${ID}/data.json`)) as { settings: { myName: string; folders: { goal: string } } };
		expect(data.settings.myName).toBe("Aylin Demir");
		expect(data.settings.folders.goal).toBe("Mijn doelen/2026");
	});

	it("takes the notes' language from Obsidian's the first time, and keeps it after that", async () => {
		p = await startPlugin({ language: "nl" });
		await p.run("new-goal");
		const first = p.h.lastModal(GoalModal);
		fill(first, "Korte naam", "Samenvatten");
		await p.submit(first, "Leerdoel maken");
		expect(p.h.readFile("Intervisie/Leerdoelen/Samenvatten.md")).toContain("## Wat ik ga doen");
		await p.h.dispose();
		p = await startPlugin({ language: "nl", data: { settings: { myName: "Sanne", notesLanguage: "en" } } });
		await p.run("new-goal");
		const modal = p.h.lastModal(GoalModal);
		fill(modal, "Korte naam", "Luisteren");
		await p.submit(modal, "Leerdoel maken");
		expect(p.h.readFile("Intervisie/Goals/Luisteren.md")).toContain("## What I will do");
	});
});

describe("user templates", () => {
	it("replace the built-in body, keep Templater syntax, and merge properties", async () => {
		const template = "---\ntags:\n  - leerdoel\n---\n# {{title}}\n\n{{statement}}\n\n<% tp.file.cursor() %>\n";
		p = await startPlugin({ language: "en", files: { "Templates/goal.md": template }, data: { settings: { myName: "Sanne", templateFolder: "Templates" } } });
		await p.run("new-goal");
		const modal = p.h.lastModal(GoalModal);
		fill(modal, "Short name", "Ask first");
		fill(modal, "What will you do?", "I ask two questions before I advise.");
		await p.submit(modal, "Create goal");
		const text = p.h.readFile("Intervisie/Goals/Ask first.md");
		expect(text).toContain("intervisie: goal\n");
		expect(text).toContain("tags:\n  - leerdoel\n");
		expect(text).toContain("# Ask first\n\nI ask two questions before I advise.\n\n<% tp.file.cursor() %>\n");
		expect(text).not.toContain("## What I will do");
	});
});

describe("a note that vanishes during a write", () => {
	it("gives a notice naming the note, throws nothing and writes nothing", async () => {
		p = await startPlugin({ files: { "Goals/Listen.md": "---\nintervisie: goal\n---\n", "Daily.md": "text\n" } });
		await p.h.openFile("Daily.md");
		await p.run("link-to-goal");
		const picker = p.h.lastModal(GoalSuggestModal);
		await p.h.app.vault.delete(p.h.file("Daily.md"));
		await p.h.settle();
		await p.h.choose(picker, "Listen");
		await p.h.settle();
		expect(p.h.exists("Daily.md")).toBe(false);
		expect(p.h.notices.at(-1)).toMatch(/Could not write "Daily"/);
		expect(p.h.errors).toEqual([]);
	});
});
