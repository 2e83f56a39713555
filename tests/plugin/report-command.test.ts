import { afterEach, describe, expect, it } from "vitest";
import { click, fill, fillLabelled, textOf, valueOf } from "../harness/form-driver";
import { ReportModal } from "../../src/plugin/modals/report-modal";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";
import { TRAJECTORY_VAULT } from "./fixture-vault";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

describe("Write session report", () => {
	it("pre-fills the latest session without my report, its case, my role and the date", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-10" });
		await p.run("write-report");
		const modal = p.h.lastModal(ReportModal);
		expect(valueOf(modal, "Date")).toBe("2026-03-10");
		expect(valueOf(modal, "Session")).toBe("Intervisie/Sessions/2026-03-09 Session 2.md");
		expect(valueOf(modal, "Case discussed")).toBe("Intervisie/Cases/How can I say no in the MT.md");
		expect(valueOf(modal, "My role")).toBe("case-bringer");
	});

	it("lists only my active goals with the trajectory's scale, and shows my open actions to look back on", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-10" });
		await p.run("write-report");
		const modal = p.h.lastModal(ReportModal);
		const text = textOf(modal);
		expect(text).toContain("Summarise");
		expect(text).toContain("Say no");
		expect(text).not.toContain("Old goal");
		expect(text).not.toContain("Joris goal");
		const options = Array.from(modal.contentEl.querySelectorAll("select")).find((s) => s.closest(".setting-item")?.textContent?.includes("Summarise"));
		expect(Array.from(options?.options ?? []).map((o) => o.value)).toEqual(["", "1", "2", "3", "4", "5"]);
		expect(text).toContain("Summarise the Monday meeting");
		expect(text).not.toContain("Done thing");
	});

	it("writes ratings aligned with goals, the actions as tasks, and the reflection sections in the body", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-10" });
		await p.run("write-report");
		const modal = p.h.lastModal(ReportModal);
		fill(modal, "Say no", "3");
		fill(modal, "Action 1", "Say no once in the MT");
		fillLabelled(modal, "Action 1, date", "2026-03-30");
		await p.submit(modal, "Create report");
		const text = p.h.readFile("Intervisie/Reports/2026-03-10 Report session 2.md");
		expect(text).toContain('session: "[[2026-03-09 Session 2]]"');
		expect(text).toContain("role: case-bringer");
		expect(text).toContain('case: "[[How can I say no in the MT]]"');
		expect(text).toContain('goals:\n  - "[[Say no]]"\n  - "[[Summarise]]"\nratings:\n  - 3\n  -\n');
		expect(text).toContain("### [[Say no]]");
		expect(text).toContain("- [ ] Say no once in the MT 📅 2026-03-30");
		expect(text).toContain("From [[2026-01-26 Report session 1]]:\n\n- Summarise the Monday meeting (due 2026-02-02)");
	});

	it("works for an individual without any trajectory or session", async () => {
		p = await startPlugin({ files: { "Goals/Listen.md": "---\nintervisie: goal\n---\n" }, today: "2026-03-10" });
		await p.run("write-report");
		const modal = p.h.lastModal(ReportModal);
		fill(modal, "Listen", "7");
		await p.submit(modal, "Create report");
		const text = p.h.readFile("Intervisie/Reports/2026-03-10 Report.md");
		expect(text).toContain('goals:\n  - "[[Listen]]"\nratings:\n  - 7');
		expect(text).not.toContain("session:");
	});

	it("leads with the session, keeps each action beside its date, dates an action only once it has text, and adds rows on demand", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-10" });
		await p.run("write-report");
		const modal = p.h.lastModal(ReportModal);
		const names = Array.from(modal.contentEl.querySelectorAll(".setting-item-name"), (n) => n.textContent);
		expect(names.slice(0, 4)).toEqual(["Session", "Say no", "Summarise", "Action 1"]);
		const date = () => modal.contentEl.querySelector<HTMLInputElement>("input[aria-label='Action 1, date']");
		expect(date()?.closest(".setting-item")?.querySelector(".setting-item-name")?.textContent).toBe("Action 1");
		expect(date()?.value).toBe("");
		expect(modal.contentEl.querySelector("input[aria-label='Action 2, date']")).toBeNull();
		fill(modal, "Action 1", "Ask Joris");
		// The next session is 2026-04-20.
		expect(date()?.value).toBe("2026-04-20");
		click(modal, "Add another action");
		fill(modal, "Action 2", "Say no once");
		fillLabelled(modal, "Action 2, date", "2026-03-31");
		click(modal, "Add another action");
		await p.submit(modal, "Create report");
		const text = p.h.readFile("Intervisie/Reports/2026-03-10 Report session 2.md");
		expect(text).toContain("- [ ] Ask Joris 📅 2026-04-20\n- [ ] Say no once 📅 2026-03-31\n");
	});

	it("ticks off last time's action in the look-back, so the new report no longer lists it", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-10" });
		await p.run("write-report");
		const modal = p.h.lastModal(ReportModal);
		const done = modal.contentEl.querySelector<HTMLButtonElement>("button[aria-label='Done: Summarise the Monday meeting']");
		done?.click();
		await p.h.settle();
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(p.h.readFile("Intervisie/Reports/2026-01-26 Report session 1.md")).toContain("- [x] Summarise the Monday meeting 📅 2026-02-02 ✅ 2026-03-10\n- [x] Done thing\n");
		expect(textOf(modal)).toContain("No open actions from your last report.");
		await p.submit(modal, "Create report");
		expect(p.h.readFile("Intervisie/Reports/2026-03-10 Report session 2.md")).not.toContain("Summarise the Monday meeting");
	});
});
