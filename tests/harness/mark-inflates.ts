import type { Plugin } from "esbuild";
import { INFLATE_MODULE } from "../../scripts/compressed-data.mjs";

const MARK = "intervisie-data-inflated";

/**
 * For a build with `compressedData()`, listed before it: every inflate of stored data is marked on the performance
 * timeline, which a bundle run in this process (or in the harness's sandbox) shares with the test.
 */
export const markInflates: Plugin = {
	name: "mark-inflates",
	setup(build) {
		build.onResolve({ filter: /^compressed-data:inflate$/ }, (args) => (args.namespace === "mark-inflates" ? undefined : { path: "inflate", namespace: "mark-inflates" }));
		build.onLoad({ filter: /.*/, namespace: "mark-inflates" }, () => ({
			contents: `import { inflate as real } from ${JSON.stringify(INFLATE_MODULE)};
export function inflate(text, length, size) { performance.mark(${JSON.stringify(MARK)}); return real(text, length, size); }`,
			loader: "js",
		}));
	},
};

export function inflatesMarked(): number {
	return performance.getEntriesByName(MARK, "mark").length;
}

export function clearInflateMarks(): void {
	performance.clearMarks(MARK);
}
