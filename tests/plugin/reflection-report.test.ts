import { afterEach, describe, expect, it } from "vitest";
import { fill, textOf, valueOf } from "../harness/form-driver";
import { ReportModal } from "../../src/plugin/modals/report-modal";
import { ID, startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

const GOAL = { "Goals/Listen.md": "---\nintervisie: goal\n---\n" };
const withModel = (reflectionModel: string) => ({ settings: { myName: "Sanne de Vries", reflectionModel } });

async function openReport(): Promise<ReportModal> {
	await p.run("write-report");
	return p.h.lastModal(ReportModal);
}

describe("reflection model of a report", () => {
	it("is the plain report by default, without a reflection property", async () => {
		p = await startPlugin({ files: GOAL });
		const modal = await openReport();
		expect(valueOf(modal, "Reflection model")).toBe("plain");
		await p.submit(modal, "Create report");
		const text = p.h.readFile("Intervisie/Reports/2026-03-10 Report.md");
		expect(text).toContain("## What happened\n");
		expect(text).toContain("## What I learned about myself\n");
		expect(text).not.toContain("reflection:");
	});

	it("follows the model chosen in the settings, and shows what it asks", async () => {
		p = await startPlugin({ files: GOAL, data: withModel("gibbs") });
		const modal = await openReport();
		expect(valueOf(modal, "Reflection model")).toBe("gibbs");
		expect(textOf(modal)).toContain("Six steps: from what happened");
		await p.submit(modal, "Create report");
		const text = p.h.readFile("Intervisie/Reports/2026-03-10 Report.md");
		expect(text).toContain("reflection: gibbs\n");
		expect(text.match(/^## .*$/gm)?.slice(0, 6)).toEqual(["## Description", "## Feelings", "## Evaluation", "## Analysis", "## Conclusion", "## Action plan"]);
		expect(text).toContain("## My learning goals\n");
		expect(text).toContain("### [[Listen]]");
		expect(text).not.toContain("## What happened");
	});

	it("takes the model chosen in the form over the setting, and describes the new choice", async () => {
		p = await startPlugin({ files: GOAL, data: withModel("gibbs") });
		const modal = await openReport();
		fill(modal, "Reflection model", "STARR(T)");
		expect(textOf(modal)).toContain("One situation step by step");
		expect(textOf(modal)).not.toContain("Six steps: from what happened");
		await p.submit(modal, "Create report");
		const text = p.h.readFile("Intervisie/Reports/2026-03-10 Report.md");
		expect(text).toContain("reflection: starrt\n");
		expect(text).toContain("## Situation\n\n%% In which situation did it take place: where, when and with whom? %%\n");
		expect(text).toContain("## Transfer\n");
		expect(text).not.toContain("## Description");
	});

	it("falls back to the plain report for a setting it does not know", async () => {
		p = await startPlugin({ files: GOAL, data: withModel("no-such-model") });
		const modal = await openReport();
		expect(valueOf(modal, "Reflection model")).toBe("plain");
		await p.submit(modal, "Create report");
		expect(p.h.readFile("Intervisie/Reports/2026-03-10 Report.md")).not.toContain("reflection:");
	});

	it("writes the model's headings in the notes' language, and names the models in Obsidian's", async () => {
		p = await startPlugin({ language: "nl", files: GOAL, data: { settings: { myName: "Sanne de Vries", notesLanguage: "nl", reflectionModel: "onion" } } });
		const modal = await openReport();
		expect(valueOf(modal, "Reflectiemodel")).toBe("onion");
		expect(textOf(modal)).toContain("Ui-model (Korthagen)");
		await p.submit(modal, "Verslag maken");
		const text = p.h.readFile("Intervisie/Verslagen/2026-03-10 Verslag.md");
		expect(text).toContain("reflection: onion\n");
		expect(text).toContain("## Omgeving\n");
		expect(text).toContain("## Kernkwaliteiten\n");
		expect(text).toContain("## Mijn leerdoelen\n");
	});
});

describe("reflection model setting", () => {
	it("lists the models after the default method and saves the choice", async () => {
		p = await startPlugin({ language: "en" });
		const tab = p.h.openSettings(ID);
		const item = Array.from(tab.containerEl.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === "Reflection model");
		expect(item?.previousElementSibling?.querySelector(".setting-item-name")?.textContent).toBe("Default method");
		const select = item?.querySelector("select");
		if (!select) throw new Error("No reflection model dropdown");
		expect(Array.from(select.options).map((o) => o.value)).toEqual(["plain", "alact", "gibbs", "starrt", "onion", "kolb"]);
		expect(select.value).toBe("plain");
		select.value = "alact";
		select.dispatchEvent(new Event("change"));
		await p.h.settle();
		const data = JSON.parse(p.h.readFile(`.obsidian/plugins/${ID}/data.json`)) as { settings: { reflectionModel: string } };
		expect(data.settings.reflectionModel).toBe("alact");
	});
});
