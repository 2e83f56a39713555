import { afterEach, describe, expect, it, vi } from "vitest";
import { methodById } from "../../src/core/methods/catalogue";
import { RUN_VIEW_TYPE, RunSessionView } from "../../src/plugin/facilitation/run-session-view";
import { click } from "../harness/form-driver";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const SESSION = "Intervisie/Sessions/2026-03-10 Session 4.md";
const FILES = {
	[SESSION]: "---\nintervisie: session\ndate: 2026-03-10\nnumber: 4\nstatus: planned\nmethod: incident-short\ncase-bringers:\n  - Joris Bakker\nfacilitator: Aylin Demir\n---\n## Notes\n",
};
const METHOD = methodById("incident-short");
const T0 = new Date(2026, 2, 10, 19, 0, 0).getTime();
const MIN = 60_000;
/** Longer than the index's quiet time and its longest wait, so every change has been told. */
const quiet = () => new Promise((resolve) => setTimeout(resolve, 700));
/** Longer than one tick of the clock. */
const aTick = () => new Promise((resolve) => setTimeout(resolve, 1300));

async function startedRun(): Promise<{ view: RunSessionView; at: (minutes: number) => void }> {
	p = await startPlugin({ files: FILES, today: "2026-03-10" });
	let now = T0;
	p.plugin.clock = () => new Date(now);
	await p.h.openFile(SESSION);
	await p.run("run-session");
	const view = p.h.app.workspace.getLeavesOfType(RUN_VIEW_TYPE).map((leaf) => leaf.view).find((v) => v instanceof RunSessionView);
	if (!(view instanceof RunSessionView)) throw new Error("The run view did not open");
	click(view, "Start session");
	await p.h.settle();
	await quiet();
	return { view, at: (minutes) => (now = T0 + minutes * MIN) };
}

const text = (view: RunSessionView) => view.contentEl.textContent ?? "";
const elapsed = (view: RunSessionView) => view.contentEl.querySelector(".intervisie-run-elapsed")?.textContent;

async function editSession(change: (text: string) => string): Promise<void> {
	await p!.h.app.vault.process(p!.h.file(SESSION), change);
	await p!.h.settle();
	await quiet();
}

describe("the facilitation view follows the vault as a live view", () => {
	it("draws once for one change of the session note, not while hidden, and once when shown again", async () => {
		const { view } = await startedRun();
		const draw = vi.spyOn(view, "refresh");
		await editSession((t) => t.replace("facilitator: Aylin Demir", "facilitator: Bo Jansen"));
		expect(draw).toHaveBeenCalledTimes(1);
		expect(text(view)).toContain("Bo Jansen");

		draw.mockClear();
		view.containerEl.hide();
		await editSession((t) => t.replace("facilitator: Bo Jansen", "facilitator: Cas Visser"));
		expect(draw).not.toHaveBeenCalled();
		view.containerEl.show();
		p!.h.app.workspace.trigger("layout-change");
		p!.h.app.workspace.trigger("active-leaf-change", view.leaf);
		await p!.h.settle();
		expect(draw).toHaveBeenCalledTimes(1);
		expect(text(view)).toContain("Cas Visser");
	});

	it("moves the clock every second without a redraw, and leaves it alone while hidden", async () => {
		const { view, at } = await startedRun();
		const draw = vi.spyOn(view, "refresh");
		const root = view.contentEl.querySelector(".intervisie-run");
		at(3);
		await aTick();
		expect(elapsed(view)).toBe("3:00");
		expect(view.contentEl.querySelector(".intervisie-run")).toBe(root);
		view.containerEl.hide();
		at(5);
		await aTick();
		expect(elapsed(view)).toBe("3:00");
		expect(draw).not.toHaveBeenCalled();
	});

	it("takes over a phase another device started, in one draw", async () => {
		const { view, at } = await startedRun();
		const draw = vi.spyOn(view, "refresh");
		at(2);
		const second = METHOD.steps[1]!;
		await editSession((t) => t.replace(/(run-log:\n(?: {2}- .*\n)*)/, `$1  - ${new Date(T0 + 2 * MIN).toISOString().replace(".000Z", "Z")} phase ${second.id}\n`));
		expect(draw).toHaveBeenCalledTimes(1);
		expect(text(view)).toContain(`Phase 2 of ${METHOD.steps.length}`);
		expect(text(view)).toContain(second.name.en);
	});

	it("draws a group method's phases anew once its note is read again", async () => {
		const quick = "Intervisie/Methods/Quick round.md";
		const session = "Intervisie/Sessions/2026-03-10 Session 5.md";
		p = await startPlugin({
			files: {
				[quick]: "Our short round.\n\n1. Opening — 5 min\n2. Question round (15)\n",
				[session]: "---\nintervisie: session\ndate: 2026-03-10\nmethod: custom:quick-round\n---\n## Notes\n",
			},
			today: "2026-03-10",
		});
		await p.plugin.reloadMethods();
		await p.h.openFile(session);
		await p.run("run-session");
		const view = p.h.app.workspace.getLeavesOfType(RUN_VIEW_TYPE)[0]?.view;
		expect(view?.containerEl.textContent).toContain("Opening");
		await p.h.app.vault.process(p.h.file(quick), (t) => t.replace("Opening", "Welcome"));
		await p.h.settle();
		// The library reads the folder again half a second after the last change; then the index tells the views.
		await aTick();
		await p.h.settle();
		await quiet();
		expect(view?.containerEl.textContent).toContain("Welcome");
	});
});
