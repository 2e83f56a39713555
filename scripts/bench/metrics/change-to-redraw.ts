import type { WorkspaceLeaf } from "obsidian";
import type { DashboardModel } from "../../../src/core/dashboard/dashboard-model";
import IntervisiePlugin from "../../../src/main";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "../../../src/plugin/dashboard/dashboard-view";
import { createHarness } from "../../../tests/harness/harness";
import type { Harness } from "../../../tests/harness/harness";
import type { TFile } from "../../../tests/harness/files";
import { Unmeasured } from "../metric";
import type { BenchContext, Metric } from "../metric";
import { repeat } from "../measure";
import { FixedSource } from "./dashboard-render";

/**
 * One of my reports changed through the vault, until the open dashboard shows it: the metadata cache parses
 * it, the plugin updates its indexes, and the redraw is flushed at once instead of after the quiet period.
 */
export const changeToRedraw: Metric = {
	name: "change_to_redraw",
	target: 40,
	measure: async (context) => {
		const h = createHarness({ vaultDir: context.dir });
		let restore: (() => Promise<void>) | null = null;
		try {
			const { view, flush } = await openDashboard(h, context);
			const counts = countWork(view);
			const { file, texts } = myLatestReport(h, context);
			restore = async () => {
				await h.app.vault.modify(file, texts[0]);
				await h.settle();
			};
			let turn = 0;
			const perChange: { builds: number; renders: number }[] = [];
			const samples = await repeat({ warmup: 5, runs: 20 }, async () => {
				// Start quiet: the previous change's late work (a report body read again) is done and drawn.
				await h.settle();
				flush();
				// The previous change's late work counts to that change.
				const late = counts.take();
				const last = perChange[perChange.length - 1];
				if (last) {
					last.builds += late.builds;
					last.renders += late.renders;
				}
				const before = view.contentEl.innerHTML;
				const parsed = changedEvent(h, file.path);
				const start = performance.now();
				await h.app.vault.modify(file, ++turn % 2 === 1 ? texts[1] : texts[0]);
				await parsed;
				flush();
				const elapsed = performance.now() - start;
				// Outside the time: the open dashboard shows the change, exactly as a dashboard drawn from scratch would.
				const shown = view.contentEl.innerHTML;
				if (shown === before) throw new Error("the dashboard does not show the change");
				if (shown !== (await drawnFromScratch(h, counts.lastModel()))) throw new Error("the dashboard drawn part by part differs from one drawn from scratch");
				perChange.push(counts.take());
				return elapsed;
			});
			await h.settle();
			flush();
			const last = perChange[perChange.length - 1];
			if (last) {
				const late = counts.take();
				last.builds += late.builds;
				last.renders += late.renders;
			}
			const builds = perChange.reduce((sum, c) => sum + c.builds, 0);
			const renders = perChange.reduce((sum, c) => sum + c.renders, 0);
			const once = perChange.every((c) => c.builds === 1 && c.renders === 1);
			context.remark(`change_to_redraw: ${perChange.length} changes, ${builds} model builds and ${renders} renders in all (late work included); exactly one of each per change: ${once ? "pass" : "FAIL"}`);
			return samples;
		} finally {
			await restore?.();
			await h.dispose();
		}
	},
};

async function openDashboard(h: Harness, { manifest, vault }: BenchContext): Promise<{ view: DashboardView; flush: () => void }> {
	const plugin = await h.loadPlugin(IntervisiePlugin, manifest);
	const [y, m, d] = vault.today.split("-").map(Number);
	plugin.clock = () => new Date(y ?? 2026, (m ?? 1) - 1, d ?? 1, 12, 0);
	h.layoutReady();
	await h.settle();
	await h.commands.run(`${manifest.id}:open-dashboard`);
	const view = h.app.workspace.getLeavesOfType(DASHBOARD_VIEW_TYPE)[0]?.view;
	if (!(view instanceof DashboardView)) throw new Error("the dashboard did not open");
	const flush = flushOf(plugin);
	if (!flush) throw new Unmeasured("IntervisiePlugin exposes no flush of its redraw debounce (expected a public flushRedraw())");
	await h.settle();
	flush();
	if (!view.contentEl.textContent?.includes(vault.me.split(" ")[0] ?? vault.me)) throw new Error("the open dashboard does not show the busiest member's goals");
	return { view, flush };
}

/** Counts the dashboard's model builds and renders; `take` returns the counts since the last take. */
function countWork(view: DashboardView): { take(): { builds: number; renders: number }; lastModel(): DashboardModel } {
	let builds = 0;
	let renders = 0;
	let last: DashboardModel | null = null;
	const source = (view as unknown as { source: { model: (options: never) => DashboardModel } }).source;
	const model = source.model.bind(source);
	source.model = (options) => {
		builds++;
		last = model(options);
		return last;
	};
	const render = view.render.bind(view);
	view.render = (shown) => {
		renders++;
		render(shown);
	};
	return {
		lastModel() {
			if (!last) throw new Error("the dashboard built no model");
			return last;
		},
		take() {
			const counted = { builds, renders };
			builds = 0;
			renders = 0;
			return counted;
		},
	};
}

/** The markup of a dashboard opened afresh on `model`, in a tab of its own that is closed again. */
async function drawnFromScratch(h: Harness, model: DashboardModel): Promise<string> {
	const leaf = h.app.workspace.getLeaf(true);
	const view = new DashboardView(leaf as unknown as WorkspaceLeaf, new FixedSource(model));
	await leaf.open(view as never);
	const shown = view.contentEl.innerHTML;
	leaf.detach();
	return shown;
}

/** Its text on disk and the same with its first rating changed, so every write is a real change. */
function myLatestReport(h: Harness, { vault }: BenchContext): { file: TFile; texts: [string, string] } {
	const note = [...vault.notes].reverse().find((n) => n.kind === "report" && n.author === vault.me);
	if (!note) throw new Error(`the generated vault has no report of ${vault.me}`);
	const changed = note.text.replace(/^(ratings:\n {2}- )(\d+)/m, (_, head: string, rating: string) => `${head}${rating === "9" ? "8" : "9"}`);
	if (changed === note.text) throw new Error(`${note.path} has no rating to change`);
	return { file: h.file(note.path), texts: [note.text, changed] };
}

/** Resolves once the plugin has seen the metadata cache's `changed` for `path` (its handler was registered first). */
function changedEvent(h: Harness, path: string): Promise<void> {
	return new Promise((resolve) => {
		const ref = h.app.metadataCache.on("changed", (file) => {
			if (file.path !== path) return;
			h.app.metadataCache.offref(ref);
			resolve();
		});
	});
}

/**
 * The plugin's way to draw a pending change now rather than after the quiet period, or null while it has
 * none: timing the quiet period, or reaching into the plugin's private index, would not be this figure.
 */
function flushOf(plugin: IntervisiePlugin): (() => void) | null {
	const flush = (plugin as unknown as { flushRedraw?: unknown }).flushRedraw;
	return typeof flush === "function" ? () => void flush.call(plugin) : null;
}
