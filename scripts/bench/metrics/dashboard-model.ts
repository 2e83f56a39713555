import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { buildDashboard } from "../../../src/core/dashboard/build-dashboard";
import type { Metric } from "../metric";
import { repeat, timed } from "../measure";
import type { BenchVault } from "../vault/generate";
import { vaultOf100k, vaultOf21Groups } from "./big-vaults";
import { dashboardInput } from "./dashboard-input";
import { loadedIndexes, resolverOf } from "./indexes";

/** The dashboard's model for the busiest member, from the loaded indexes (the running trajectory, active goals). */
export const dashboardModel: Metric = {
	name: "dashboard_model",
	target: 5,
	measure: ({ vault }) => modelRuns(vault),
};

/** The same member's model in a vault with three times as many groups: other people's notes must not cost. */
export const dashboardModelG21: Metric = {
	name: "dashboard_model_g21",
	measure: () => modelRuns(vaultOf21Groups()),
};

function modelRuns(vault: BenchVault): Promise<number[]> {
	const input = dashboardInput(vault);
	const model = buildDashboard(input);
	if (model.empty || model.header === null || model.goals.rows.length === 0) throw new Error("the dashboard of the busiest member came out empty");
	return repeat({ warmup: 5, runs: 30 }, () => timed(() => buildDashboard(input)));
}

/**
 * The first model after start-up: fresh indexes, so every note it shows is read from its properties and
 * every link it follows is resolved for the first time. What opening the dashboard costs once.
 */
export const dashboardModelFirst: Metric = {
	name: "dashboard_model_first",
	measure: ({ vault }) => firstModelRuns(vault, { warmup: 3, runs: 20 }),
};

/** Both indexes and the first dashboard over 100,000 notes. */
export const indexCold100k: Metric = {
	name: "index_cold_100k",
	measure: () => {
		const vault = vaultOf100k();
		const resolver = resolverOf(vault.records);
		return repeat({ warmup: 2, runs: 10 }, () => timed(() => loadedIndexes(vault.me, vault.records, resolver)));
	},
};

export const dashboardModelFirst100k: Metric = {
	name: "dashboard_model_first_100k",
	measure: () => firstModelRuns(vaultOf100k(), { warmup: 2, runs: 10 }),
};

/**
 * What the indexes and the first dashboard keep on the heap over 100,000 notes, after a forced garbage
 * collection. The records and the link resolver stand for Obsidian's metadata cache and are not counted.
 */
export const dashboardHeap100k: Metric = {
	name: "dashboard_heap_100k",
	unit: "MB",
	target: 50,
	measure: () => {
		const vault = vaultOf100k();
		const resolver = resolverOf(vault.records);
		const gc = forcedGc();
		return repeat({ warmup: 1, runs: 3 }, () => {
			gc();
			const before = process.memoryUsage().heapUsed;
			const input = dashboardInput(vault, resolver);
			const model = buildDashboard(input);
			gc();
			const after = process.memoryUsage().heapUsed;
			if (model.goals.rows.length === 0 || input.index.size === 0) throw new Error("the first dashboard of the 100,000-note vault came out empty");
			return (after - before) / (1024 * 1024);
		});
	},
};

function firstModelRuns(vault: BenchVault, plan: { warmup: number; runs: number }): Promise<number[]> {
	const resolver = resolverOf(vault.records);
	return repeat(plan, () => {
		const input = dashboardInput(vault, resolver);
		return timed(() => buildDashboard(input));
	});
}

function forcedGc(): () => void {
	setFlagsFromString("--expose-gc");
	const gc = runInNewContext("gc") as unknown;
	if (typeof gc !== "function") throw new Error("no garbage collector to call");
	return () => void (gc as () => void)();
}
