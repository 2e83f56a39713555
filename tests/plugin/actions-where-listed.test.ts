import { afterEach, describe, expect, it } from "vitest";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../src/plugin/dashboard/dashboard-view";
import { TRAJECTORY_VAULT } from "./fixture-vault";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const REPORT = "Intervisie/Reports/2026-01-26 Report session 1.md";
const CASE = "Intervisie/Cases/Saying no.md";
const quiet = () => new Promise((resolve) => setTimeout(resolve, 400));

const vault = (extra: Record<string, string> = {}) => ({
	...TRAJECTORY_VAULT,
	[REPORT]: TRAJECTORY_VAULT[REPORT]?.replace("- [x] Done thing\n", "- [ ] Call Joris 📅 2026-02-10\n- [x] Done thing\nLast line\n") ?? "",
	...extra,
});

async function dashboard(ph: PluginHarness): Promise<HTMLElement> {
	await ph.run("open-dashboard");
	await quiet();
	const view = ph.h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
	if (!(view instanceof DashboardView)) throw new Error("The dashboard did not open");
	return view.contentEl;
}

const button = (el: HTMLElement, label: string): HTMLButtonElement => {
	const found = Array.from(el.querySelectorAll("button")).find((b) => b.getAttribute("aria-label") === label);
	if (!found) throw new Error(`No button ${label}`);
	return found;
};

/** Opens the line of overdue actions, as a reader does, by its summary. */
function openGroup(el: HTMLElement): void {
	const summary = el.querySelector<HTMLElement>(".intervisie-dash-reminder-group summary");
	if (!summary) throw new Error("No line of overdue actions");
	summary.click();
}

describe("actions ticked off where they are listed", () => {
	it("gathers two overdue actions into one calm line, and ticks one off in its report, changing only its line", async () => {
		p = await startPlugin({ files: vault(), today: "2026-02-12" });
		const el = await dashboard(p);
		const group = el.querySelector(".intervisie-dash-reminder-group");
		expect(group?.querySelector("summary")?.textContent).toBe("2 actions past their date");
		// Closed, the line holds no rows yet; opened, it lists them.
		expect(group?.querySelectorAll("li")).toHaveLength(0);
		openGroup(el);
		// Ten and two days late: only the first is more than a week overdue.
		expect(group?.classList.contains("intervisie-dash-overdue")).toBe(true);
		const rows = Array.from(group?.querySelectorAll("li") ?? []);
		expect(rows.map((r) => r.classList.contains("intervisie-dash-overdue"))).toEqual([true, false]);

		const before = p.h.readFile(REPORT);
		button(el, "Done: Summarise the Monday meeting").click();
		await p.h.settle();
		await quiet();
		const after = p.h.readFile(REPORT);
		expect(after).toBe(before.replace("- [ ] Summarise the Monday meeting 📅 2026-02-02", "- [x] Summarise the Monday meeting 📅 2026-02-02 ✅ 2026-02-12"));
		expect(el.querySelector(".intervisie-dash-reminder-group")).toBeNull();
		expect(el.textContent).toContain("Call Joris");
		expect(el.textContent).not.toContain("Summarise the Monday meeting");
	});

	it("gives an action a new date from the dashboard", async () => {
		p = await startPlugin({ files: vault(), today: "2026-02-12" });
		const el = await dashboard(p);
		openGroup(el);
		const input = Array.from(el.querySelectorAll("input[type='date']")).find((i) => i.getAttribute("aria-label") === "New date: Call Joris") as HTMLInputElement;
		input.value = "2026-02-20";
		input.dispatchEvent(new Event("change"));
		await p.h.settle();
		await quiet();
		expect(p.h.readFile(REPORT)).toContain("- [ ] Call Joris 📅 2026-02-20\n- [x] Done thing\nLast line\n");
		expect(el.textContent).not.toContain("Call Joris");
	});

	it("marks my case ready from its reminder, and with the command", async () => {
		const kase = '---\nintervisie: case\nsession: "[[2026-04-20 Session 3]]"\nquestion: How do I say no?\nstatus: draft\nnote: keep me\n---\nMy text\n';
		const session3 = TRAJECTORY_VAULT["Intervisie/Sessions/2026-04-20 Session 3.md"]?.replace("status: planned\n", "status: planned\ncase-bringers:\n  - Sanne de Vries\n") ?? "";
		p = await startPlugin({ files: vault({ [CASE]: kase, "Intervisie/Sessions/2026-04-20 Session 3.md": session3 }), today: "2026-04-16" });
		const el = await dashboard(p);
		button(el, "Mark ready: Saying no").click();
		await p.h.settle();
		await quiet();
		expect(p.h.readFile(CASE)).toContain("status: ready");
		expect(p.h.readFile(CASE)).toContain("note: keep me");
		expect(p.h.readFile(CASE)).toContain("---\nMy text\n");
		expect(el.querySelector(".intervisie-dash-reminder-case-not-ready")).toBeNull();
	});

	it("marks the one case that is not ready with the command", async () => {
		const kase = '---\nintervisie: case\nquestion: How do I say no?\nstatus: draft\n---\n';
		p = await startPlugin({ files: vault({ [CASE]: kase }), today: "2026-04-16" });
		await p.run("mark-case-ready");
		expect(p.h.readFile(CASE)).toContain("status: ready");
	});
});
