import type { NoteRecord } from "../../../src/core/schema/note-record";
import type { BenchContext, Metric } from "../metric";
import { repeat, timed } from "../measure";
import { loadedIndexes } from "./indexes";
import type { Indexes } from "./indexes";

/** Operations per run: one takes microseconds, so a run times a batch and reports the mean of one. */
const BATCH = 500;

export const indexUpdate: Metric = {
	name: "index_update",
	target: 0.1,
	measure: async (context) => {
		const { indexes, mine } = setUp(context, "report");
		const changed: NoteRecord = { ...mine, frontmatter: { ...mine.frontmatter, ratings: [9, 8, null] }, mtime: mine.mtime + 1000 };
		const versions = [changed, mine];
		// Reading the changed note into its typed form is part of the update, even though the index defers it.
		return perOperation(indexes, (i) => {
			const version = versions[i % 2] ?? mine;
			indexes.upsert(version);
			if (!indexes.notes.get(version.path)?.note) throw new Error("the changed report did not read back");
		});
	},
};

export const indexRename: Metric = {
	name: "index_rename",
	target: 0.1,
	measure: async (context) => {
		const { indexes, mine } = setUp(context, "goal");
		const renamed: NoteRecord = { ...mine, path: mine.path.replace(/\.md$/, " (renamed).md") };
		const versions = [renamed, mine];
		return perOperation(indexes, (i) => {
			const from = versions[(i + 1) % 2] ?? mine;
			const to = versions[i % 2] ?? mine;
			indexes.rename(from.path, to);
			if (!indexes.notes.get(to.path)?.note) throw new Error("the renamed goal did not read back");
		});
	},
};

/** The index over the whole vault, and my newest note of a kind: the one a user would be editing. */
function setUp({ vault }: BenchContext, kind: string): { indexes: Indexes; mine: NoteRecord } {
	const indexes = loadedIndexes(vault.me, vault.records);
	const mine = [...vault.records].reverse().find((r) => r.frontmatter?.intervisie === kind && r.frontmatter.author === vault.me);
	if (!mine) throw new Error(`the generated vault has no ${kind} of ${vault.me}`);
	return { indexes, mine };
}

function perOperation(indexes: Indexes, operation: (i: number) => void): Promise<number[]> {
	let i = 0;
	// An even batch leaves the index as it found it: every change is changed back.
	return repeat({ warmup: 5, runs: 30 }, () => timed(() => {
		for (let n = 0; n < BATCH; n++) operation(i++);
	}) / BATCH);
}
