import { readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import { yamlEngine } from "../../../src/cli/obsidian-yaml";
import type { Metric } from "../metric";
import { repeat, timed } from "../measure";

/** What a plugin without an index pays on every change: read and parse every note again. */
export const naiveReparse: Metric = {
	name: "naive_reparse",
	measure: ({ vault, dir }) => {
		const files = vault.notes.map((n) => join(dir, ...n.path.split("/")));
		return repeat({ warmup: 3, runs: 20 }, () =>
			timed(() => {
				for (const file of files) {
					const text = readFileSync(file, "utf8");
					try {
						// An options object keeps gray-matter from serving the text from its cache.
						matter(text, { engines: { yaml: yamlEngine } });
					} catch {
						// Malformed YAML costs the same to find; the baseline goes on with the next note.
					}
				}
			}),
		);
	},
};
