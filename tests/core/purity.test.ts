import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";

const CORE = join(__dirname, "../../src/core");

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? files(path) : path.endsWith(".ts") ? [path] : [];
	});
}

function imports(source: string): string[] {
	return [...source.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)].map((m) => m[1] ?? "");
}

/** Globals that exist only in a browser or in Node: the core must run anywhere. */
const PLATFORM_GLOBALS = /\b(document|window|navigator|localStorage|HTMLElement|Buffer|process|require|__dirname|activeDocument|app)\s*[.([]/;

describe("src/core is pure TypeScript", () => {
	const sources = files(CORE).map((path) => ({ path, text: readFileSync(path, "utf8") }));

	it("has files to check", () => {
		expect(sources.length).toBeGreaterThan(20);
	});

	it("imports neither obsidian nor a Node built-in nor anything outside the core but date-fns", () => {
		const bad = sources.flatMap(({ path, text }) =>
			imports(text)
				.filter((spec) => spec === "obsidian" || spec.startsWith("node:") || builtinModules.includes(spec) || !(spec.startsWith(".") || spec === "date-fns"))
				.map((spec) => `${path}: ${spec}`),
		);
		expect(bad).toEqual([]);
	});

	it("uses no DOM or Node globals", () => {
		const bad = sources.filter(({ text }) => PLATFORM_GLOBALS.test(text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, ""))).map(({ path }) => path);
		expect(bad).toEqual([]);
	});

	it("would catch a forbidden import (the check itself works)", () => {
		expect(imports('import { App } from "obsidian";\nimport fs from "fs";')).toEqual(["obsidian", "fs"]);
		expect(PLATFORM_GLOBALS.test("document.createElement('x')")).toBe(true);
	});
});
