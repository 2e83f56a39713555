import esbuild from "esbuild";
import type { Plugin } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressedData } from "../../scripts/compressed-data.mjs";
import { loadBuiltPluginClass } from "../harness/load-built-plugin";
import { startPlugin } from "./plugin-harness";

const ROOT = join(__dirname, "../..");
const MARK = "intervisie-data-inflated";

/** fflate, with each inflate marked on the performance timeline that the bundle's context shares with this test. */
const markInflates: Plugin = {
	name: "mark-inflates",
	setup(build) {
		build.onResolve({ filter: /^fflate$/ }, (args) => (args.namespace === "mark-inflates" ? undefined : { path: "fflate", namespace: "mark-inflates" }));
		build.onLoad({ filter: /.*/, namespace: "mark-inflates" }, () => ({
			contents: `import { inflateSync as inflate } from "fflate";
export function inflateSync(data, options) { performance.mark(${JSON.stringify(MARK)}); return inflate(data, options); }`,
			resolveDir: ROOT,
			loader: "js",
		}));
	},
};

let dir = "";
let main = "";

beforeAll(async () => {
	// As esbuild.config.mjs builds main.js for a release, with inflates marked.
	dir = mkdtempSync(join(tmpdir(), "intervisie-lazy-"));
	main = join(dir, "main.js");
	await esbuild.build({
		entryPoints: [join(ROOT, "src/main.ts")],
		bundle: true,
		external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
		format: "cjs",
		target: "es2021",
		platform: "browser",
		minify: true,
		outfile: main,
		plugins: [compressedData(), markInflates],
		logLevel: "silent",
	});
}, 60_000);

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
	performance.clearMarks(MARK);
});

const inflates = (): number => performance.getEntriesByName(MARK, "mark").length;

describe("the stored catalogues in the built plugin", () => {
	it("are not unpacked while the plugin loads, only when a form shows the methods", async () => {
		performance.clearMarks(MARK);
		const p = await startPlugin({ pluginClass: loadBuiltPluginClass(main), today: "2026-03-10" });
		try {
			expect(inflates()).toBe(0);
			await p.run("prepare-case");
			expect(p.h.openModals()).toHaveLength(1);
			expect(inflates()).toBe(1);
			expect(p.h.errors).toEqual([]);
		} finally {
			await p.h.dispose();
		}
	});
});
