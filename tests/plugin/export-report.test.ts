import { afterEach, describe, expect, it } from "vitest";
import { ExportReportModal } from "../../src/plugin/report/export-report-modal";
import { click, textOf } from "../harness/form-driver";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";
import { TRAJECTORY_VAULT } from "./fixture-vault";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const REPORT = "Intervisie/Reports/2026-03-09 Report session 2.md";
const FILES = {
	...TRAJECTORY_VAULT,
	[REPORT]:
		'---\nintervisie: report\ndate: 2026-03-09\nsession: "[[2026-03-09 Session 2]]"\ngoals:\n  - "[[Summarise]]"\nratings:\n  - 3\n---\n## What I learned about myself\n\nI rush to help before I understand.\n\n> [!private]\n> SECRET-1 about my manager\n\n## What I will do next\n\n- [ ] Ask one more question in the MT 📅 2026-03-20\n- [ ] Call SECRET-2 back 📅 2026-03-21\n',
};

async function settleLong(ph: PluginHarness): Promise<void> {
	for (let i = 0; i < 10; i++) {
		await new Promise((resolve) => setTimeout(resolve, 0));
		await ph.h.settle();
	}
}

describe("Export trajectory report", () => {
	it("lets me untick what stays out and writes a note with goals, chart and sessions, without private parts", async () => {
		p = await startPlugin({ files: FILES, today: "2026-03-25" });
		await p.run("export-trajectory-report");
		const modal = p.h.lastModal(ExportReportModal);
		await settleLong(p);
		expect(textOf(modal)).toContain("I rush to help before I understand.");
		expect(textOf(modal)).not.toContain("SECRET-1");
		const toggle = Array.from(modal.contentEl.querySelectorAll(".setting-item")).find((el) => el.textContent?.includes("SECRET-2"));
		toggle?.querySelector<HTMLElement>(".checkbox-container")?.click();
		click(modal, "Create report note");
		await settleLong(p);
		const created = p.h.app.vault.getMarkdownFiles().find((f) => f.basename.includes("Trajectory report"));
		expect(created).toBeDefined();
		const note = p.h.readFile(created!.path);
		expect(note).toContain("Summarise");
		expect(note).toContain("<svg");
		expect(note).toContain("Ask one more question in the MT");
		expect(note).not.toContain("SECRET-1");
		expect(note).not.toContain("SECRET-2");
		expect(note).not.toContain("Joris goal");
		// The fixture's sessions do not record who was there: no "attended 0 of 2".
		expect(note).not.toContain("Attended 0");
		expect(note).toContain("Attendance not recorded for 2 sessions.");
		expect(p.h.app.workspace.getActiveFile()?.path).toBe(created!.path);
	});
});
