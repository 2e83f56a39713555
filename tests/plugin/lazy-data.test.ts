import esbuild from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressedData } from "../../scripts/compressed-data.mjs";
import { loadBuiltPluginClass } from "../harness/load-built-plugin";
import { clearInflateMarks, inflatesMarked, markInflates } from "../harness/mark-inflates";
import { startPlugin } from "./plugin-harness";

const ROOT = join(__dirname, "../..");
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
		plugins: [markInflates, compressedData()],
		logLevel: "silent",
	});
}, 60_000);

afterAll(() => {
	rmSync(dir, { recursive: true, force: true });
	clearInflateMarks();
});

describe("the stored catalogues in the built plugin", () => {
	it("are not unpacked while the plugin loads, only when a form shows the methods", async () => {
		clearInflateMarks();
		const p = await startPlugin({ pluginClass: loadBuiltPluginClass(main), today: "2026-03-10" });
		try {
			expect(inflatesMarked()).toBe(0);
			await p.run("prepare-case");
			expect(p.h.openModals()).toHaveLength(1);
			expect(inflatesMarked()).toBe(1);
			expect(p.h.errors).toEqual([]);
		} finally {
			await p.h.dispose();
		}
	});
});
