import { afterEach, describe, expect, it, vi } from "vitest";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../src/plugin/dashboard/dashboard-view";
import { createHarness } from "../harness/harness";
import IntervisiePlugin from "../../src/main";
import manifest from "../../manifest.json";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";
import { TRAJECTORY_VAULT } from "./fixture-vault";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const quiet = () => new Promise((resolve) => setTimeout(resolve, 700));

async function openDashboard(ph: PluginHarness): Promise<DashboardView> {
	await ph.run("open-dashboard");
	const leaf = ph.h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0];
	const view = leaf?.view;
	if (!(view instanceof DashboardView)) throw new Error("The dashboard did not open");
	return view;
}

describe("the dashboard in the plugin", () => {
	it("shows the trajectory, my goals, the sessions and what is missing", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-20" });
		const view = await openDashboard(p);
		const text = view.contentEl.textContent ?? "";
		expect(text).toContain("Team leads 2026");
		expect(text).toContain("Summarise");
		expect(text).toContain("Say no");
		expect(text).not.toContain("Joris goal");
		expect(view.contentEl.querySelectorAll(".intervisie-dash-report-missing, [class*='missing']").length).toBeGreaterThan(0);
		expect(view.contentEl.querySelector("svg[role='img']")).not.toBeNull();
	});

	it("words the charts' text alternative in the interface language", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-20", language: "nl" });
		const view = await openDashboard(p);
		const labels = Array.from(view.contentEl.querySelectorAll("svg[role='img']")).map((svg) => svg.getAttribute("aria-label") ?? "");
		expect(labels.length).toBeGreaterThan(0);
		for (const label of labels) expect(label).toMatch(/beoordeling.*\(schaal \d+ tot \d+/);
		expect(view.contentEl.textContent).toContain("Cijfers van 1 (dit doe ik nog niet) tot 5 (dit doe ik als gewoonte)");
	});

	it("updates live when a note changes, and a burst of changes redraws a handful of times", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-20" });
		const view = await openDashboard(p);
		const render = vi.spyOn(view, "render");
		await p.h.app.vault.create("Intervisie/Goals/Ask first.md", "---\nintervisie: goal\nstatus: active\n---\n");
		await p.h.settle();
		await quiet();
		expect(view.contentEl.textContent).toContain("Ask first");
		render.mockClear();
		for (let i = 0; i < 1000; i++) {
			await p.h.app.vault.create(`Intervisie/Goals/Goal ${i}.md`, "---\nintervisie: goal\nstatus: active\n---\n");
		}
		await p.h.settle();
		await quiet();
		expect(render.mock.calls.length).toBeGreaterThan(0);
		expect(render.mock.calls.length).toBeLessThanOrEqual(8);
		const last = render.mock.calls.at(-1)?.[0];
		// Summarise, Say no, Old goal, Ask first, and the thousand new ones; never Joris' goal.
		expect(last?.goals.total).toBe(1004);
	}, 60_000);

	it("draws exactly once for one change of a note, and not while it is hidden", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-20" });
		const view = await openDashboard(p);
		await quiet();
		const render = vi.spyOn(view, "render");
		await p.h.app.vault.process(p.h.file("Intervisie/Goals/Summarise.md"), (text) => `${text}\nOne more line about summarising.\n`);
		await p.h.settle();
		await quiet();
		expect(render.mock.calls.length).toBe(1);
		render.mockClear();
		view.containerEl.hide();
		await p.h.app.vault.create("Intervisie/Goals/Hidden change.md", "---\nintervisie: goal\nstatus: active\n---\n");
		await p.h.settle();
		await quiet();
		expect(render.mock.calls.length).toBe(0);
		view.containerEl.show();
		p.h.app.workspace.trigger("layout-change");
		await p.h.settle();
		expect(render.mock.calls.length).toBe(1);
		expect(view.contentEl.textContent).toContain("Hidden change");
	});

	it("lists a note of ours whose properties Obsidian cannot read under problems", async () => {
		p = await startPlugin({ files: { ...TRAJECTORY_VAULT, "Intervisie/Goals/Broken.md": "---\nintervisie: goal\nstatus: [active\n---\nText\n" }, today: "2026-03-20" });
		const view = await openDashboard(p);
		await quiet();
		expect(view.contentEl.textContent).toContain("Broken");
	});

	it("shows data at once when the plugin is enabled in a running Obsidian", async () => {
		const h = createHarness({ files: { ...TRAJECTORY_VAULT, [`.obsidian/plugins/${manifest.id}/data.json`]: JSON.stringify({ settings: { myName: "Sanne de Vries" } }) } });
		try {
			h.layoutReady();
			await h.settle();
			await h.loadPlugin(IntervisiePlugin, manifest);
			await h.commands.run(`${manifest.id}:open-dashboard`);
			const view = h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
			expect(view instanceof DashboardView && view.contentEl.textContent?.includes("Summarise")).toBe(true);
		} finally {
			await h.dispose();
		}
	});

	it("shows a first-run state in an empty vault", async () => {
		p = await startPlugin({ today: "2026-03-20" });
		const view = await openDashboard(p);
		const buttons = Array.from(view.contentEl.querySelectorAll("button")).map((b) => b.textContent);
		expect(buttons).toEqual(expect.arrayContaining(["New trajectory", "New learning goal"]));
	});
});
