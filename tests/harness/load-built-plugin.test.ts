import * as fs from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createHarness } from "./harness";
import type { Harness } from "./harness";
import { loadBuiltPluginClass } from "./load-built-plugin";

const dir = fs.mkdtempSync(nodePath.join(os.tmpdir(), "bundles-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes a CommonJS bundle shaped like esbuild's output for `export default class extends Plugin`. */
function bundle(name: string, body: string): string {
	const path = nodePath.join(dir, `${name}.js`);
	fs.writeFileSync(
		path,
		`"use strict";\nvar obsidian = require("obsidian");\n${body}\nmodule.exports = { default: P };\n`,
	);
	return path;
}

const manifest = { id: "built", name: "Built", author: "t", version: "1.0.0", minAppVersion: "1.8.7", description: "d" };

let h: Harness;
afterEach(async () => {
	await h.dispose();
});

describe("loadBuiltPluginClass", () => {
	it("loads a bundle whose classes extend the harness's, with the DOM and Obsidian's globals", async () => {
		const path = bundle(
			"good",
			`class P extends obsidian.Plugin {
				onload() {
					this.el = createDiv({ cls: "built" });
					document.body.appendChild(this.el);
					this.addCommand({ id: "hello", name: "Hello", callback: async () => {
						const file = this.app.vault.getFileByPath("a.md");
						const cache = this.app.metadataCache.getFileCache(file);
						const goals = cache.frontmatter.goals;
						new obsidian.Notice([file instanceof obsidian.TFile, goals instanceof Array, Array.isArray(goals)].join(" "));
						try {
							await this.app.vault.create("a.md", "again");
						} catch (e) {
							new obsidian.Notice(e instanceof Error ? e.message : "not an Error");
						}
					} });
				}
				onunload() { this.el.remove(); }
			}`,
		);
		h = createHarness({ files: { "a.md": "---\ngoals:\n  - x\n---\n" } });
		const PluginClass = loadBuiltPluginClass(path);
		const plugin = await h.loadPlugin(PluginClass, manifest);
		expect(document.body.find(".built")).not.toBeNull();
		expect(await h.commands.run("built:hello")).toBe(true);
		expect(h.notices).toEqual(["true true true", "File already exists."]);
		h.unloadPlugin(plugin);
		expect(document.body.find(".built")).toBeNull();
	});

	it("rejects a bundle that requires a Node built-in", () => {
		h = createHarness();
		const path = bundle("fs", `const fs = require("fs");\nclass P extends obsidian.Plugin {}`);
		expect(() => loadBuiltPluginClass(path)).toThrow('Node built-in "fs" is not available on mobile');
		const prefixed = bundle("node-path", `const p = require("node:path");\nclass P extends obsidian.Plugin {}`);
		expect(() => loadBuiltPluginClass(prefixed)).toThrow(/not available on mobile/);
	});

	it("fails a plugin that uses Buffer or process", async () => {
		h = createHarness();
		const buffer = bundle("buffer", `class P extends obsidian.Plugin { onload() { this.data = Buffer.from("x").toString("base64"); } }`);
		await expect(h.loadPlugin(loadBuiltPluginClass(buffer), manifest)).rejects.toThrow("Buffer is not defined");
		const proc = bundle("process", `class P extends obsidian.Plugin { onload() { return process.platform; } }`);
		await expect(h.loadPlugin(loadBuiltPluginClass(proc), { ...manifest, id: "proc" })).rejects.toThrow("process is not defined");
		const guarded = bundle("guarded", `class P extends obsidian.Plugin { onload() { this.node = typeof Buffer !== "undefined" || typeof process !== "undefined"; } }`);
		const plugin = (await h.loadPlugin(loadBuiltPluginClass(guarded), { ...manifest, id: "guarded" })) as unknown as { node: boolean };
		expect(plugin.node).toBe(false);
	});

	it("rejects a bundle without a plugin class", () => {
		h = createHarness();
		const path = nodePath.join(dir, "empty.js");
		fs.writeFileSync(path, "module.exports = {};\n");
		expect(() => loadBuiltPluginClass(path)).toThrow(/does not export a plugin class/);
	});
});
