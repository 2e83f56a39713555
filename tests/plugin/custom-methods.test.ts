import { afterEach, describe, expect, it } from "vitest";
import { RUN_VIEW_TYPE } from "../../src/plugin/facilitation/run-session-view";
import { CaseModal } from "../../src/plugin/modals/case-modal";
import { fill, textOf } from "../harness/form-driver";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const QUICK = "Intervisie/Methods/Quick round.md";
const FILES = {
	[QUICK]: "Our short round for busy weeks.\n\n1. Opening — 5 min\n2. Question round (15)\n   - Ask, don't advise\n3. Advice round - 10\n",
	"Intervisie/Methods/Broken.md": "---\nsteps: 12\n---\n",
	"Intervisie/Methods/A goal.md": "---\nintervisie: goal\n---\n",
	"Intervisie/Sessions/2026-03-10 Session 4.md": "---\nintervisie: session\ndate: 2026-03-10\nmethod: custom:quick-round\ncase-bringers:\n  - Joris Bakker\n---\n## Notes\n",
};

async function start(): Promise<PluginHarness> {
	p = await startPlugin({ files: FILES, today: "2026-03-10" });
	await p.plugin.reloadMethods();
	await p.h.settle();
	return p;
}

describe("A group's own methods", () => {
	it("appear beside the built-in ones in the case form, described, and shape the case", async () => {
		const ph = await start();
		await ph.run("prepare-case");
		const modal = ph.h.lastModal(CaseModal);
		const options = Array.from(modal.contentEl.querySelectorAll("option")).map((o) => o.textContent);
		expect(options).toContain("Quick round");
		expect(options).toContain("Six-phase model");
		expect(options).not.toContain("Broken");
		expect(options).not.toContain("A goal");
		fill(modal, "Method", "Quick round");
		expect(textOf(modal)).toContain("30 min.");
		fill(modal, "Your question", "How can I open the conversation with Bo?");
		await ph.submit(modal, "Create case");
		expect(ph.h.readFile("Intervisie/Cases/How can I open the conversation with Bo.md")).toMatch(/method: "?custom:quick-round"?\n/);
	});

	it("tell what is wrong with a malformed method note, without breaking anything", async () => {
		const ph = await start();
		expect(ph.h.notices.some((n) => n.includes("Intervisie/Methods/Broken.md"))).toBe(true);
		expect(ph.h.errors).toEqual([]);
	});

	it("run in facilitation mode with their own phases", async () => {
		const ph = await start();
		await ph.h.openFile("Intervisie/Sessions/2026-03-10 Session 4.md");
		await ph.run("run-session");
		const view = ph.h.app.workspace.getLeavesOfType(RUN_VIEW_TYPE)[0]?.view;
		const text = view?.containerEl.textContent ?? "";
		expect(text).toContain("Quick round");
		expect(text).toContain("Question round");
		expect(text).toContain("30 min");
	});

	it("are read again when a method note changes", async () => {
		const ph = await start();
		await ph.h.app.vault.modify(ph.h.file(QUICK), "1. Opening — 5 min\n2. Silent round 7\n");
		await new Promise((resolve) => setTimeout(resolve, 700));
		await ph.h.settle();
		await ph.run("prepare-case");
		fill(ph.h.lastModal(CaseModal), "Method", "Quick round");
		expect(textOf(ph.h.lastModal(CaseModal))).toContain("12 min.");
	});
});
