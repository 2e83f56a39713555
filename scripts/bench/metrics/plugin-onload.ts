import { Plugin } from "obsidian";
import IntervisiePlugin from "../../../src/main";
import { createHarness } from "../../../tests/harness/harness";
import type { Metric } from "../metric";
import { repeat, timedAsync } from "../measure";

/**
 * The plugin's `onload` in a fresh harness over the generated vault. Only `loadPlugin` is timed; it
 * includes the harness's `settle()` (two macrotasks at least), which `plugin_onload_floor` shows.
 */
export const pluginOnload: Metric = {
	name: "plugin_onload",
	target: 5,
	measure: ({ dir, manifest }) =>
		repeat({ warmup: 3, runs: 20 }, async () => {
			const h = createHarness({ vaultDir: dir });
			try {
				return await timedAsync(() => h.loadPlugin(IntervisiePlugin, manifest));
			} finally {
				await h.dispose();
			}
		}),
};

class EmptyPlugin extends Plugin {}

/** `loadPlugin` of a plugin that does nothing, in an empty vault: what the harness itself adds to the figure above. */
export const pluginOnloadFloor: Metric = {
	name: "plugin_onload_floor",
	measure: ({ manifest }) =>
		repeat({ warmup: 3, runs: 20 }, async () => {
			const h = createHarness();
			try {
				return await timedAsync(() => h.loadPlugin(EmptyPlugin, { ...manifest, id: "empty" }));
			} finally {
				await h.dispose();
			}
		}),
};
