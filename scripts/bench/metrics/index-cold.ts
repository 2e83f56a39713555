import { LinkIndex } from "../../../src/core/index/link-index";
import { NoteIndex } from "../../../src/core/index/note-index";
import type { Metric } from "../metric";
import { repeat, timed } from "../measure";
import { loadedIndexes, resolverOf } from "./indexes";

const PLAN = { warmup: 5, runs: 30 };

/** Both indexes built from nothing over every record, as the plugin does once layout is ready. */
export const indexCold: Metric = {
	name: "index_cold",
	target: 20,
	measure: ({ vault }) => {
		const resolver = resolverOf(vault.records);
		return repeat(PLAN, () => timed(() => loadedIndexes(vault.me, vault.records, resolver)));
	},
};

/** Its two parts, no target: where the time of index_cold goes. */
export const indexColdNotes: Metric = {
	name: "index_cold_notes_only",
	measure: ({ vault }) =>
		repeat(PLAN, () =>
			timed(() => {
				const index = new NoteIndex({ me: vault.me });
				for (const record of vault.records) index.upsert(record);
			}),
		),
};

export const indexColdLinks: Metric = {
	name: "index_cold_links_only",
	measure: ({ vault }) => {
		const resolver = resolverOf(vault.records);
		return repeat(PLAN, () =>
			timed(() => {
				const index = new LinkIndex(resolver);
				for (const record of vault.records) index.upsert(record);
			}),
		);
	},
};
