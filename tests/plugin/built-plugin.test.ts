import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { loadBuiltPluginClass } from "../harness/load-built-plugin";
import { fill } from "../harness/form-driver";
import { startPlugin } from "./plugin-harness";
import { builtInMethods } from "../../src/core/methods/catalogue";
import { publishedReflectionModels } from "../../src/core/reflection/published-models";
import { threePartyTexts } from "../../src/core/templates/three-party-texts";
import { basesLabels } from "../../src/core/bases/bases-labels";
import { settingsStrings } from "../../src/core/i18n/settings-strings";

const ROOT = join(__dirname, "../..");
const MAIN = join(ROOT, "main.js");

beforeAll(() => {
	// `npm test` builds first; a lone run of this file builds here.
	if (!existsSync(MAIN)) execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { cwd: ROOT });
}, 60_000);

describe("the built main.js, as Obsidian mobile loads it", () => {
	it("contains no Node built-in, no Buffer, no gray-matter and no regex lookbehind", () => {
		const code = readFileSync(MAIN, "utf8");
		expect(code).not.toMatch(/require\(["'](?!obsidian["'])[^"']+["']\)/);
		expect(code).not.toMatch(/\bBuffer\b/);
		expect(code).not.toMatch(/gray-matter|js-yaml/);
		expect(code).not.toMatch(/\(\?<[=!]/);
	});

	// Most of main.js is text in two languages. The limit is its size before the method catalogue, the reflection
	// models and the intake and evaluation texts were stored deflated: features may grow, main.js may not.
	it("stays below 370.5 kB", () => {
		expect(statSync(MAIN).size).toBeLessThan(370_500);
	});

	it("holds the method catalogue, the reflection models, the intake texts, the Bases labels and the settings words deflated, not as plain text", () => {
		const code = readFileSync(MAIN, "utf8");
		const samples = [
			...builtInMethods().flatMap((m) => [m.description.nl, m.description.en, ...m.steps.map((s) => s.purpose.en)]),
			...publishedReflectionModels().flatMap((m) => m.sections.map((s) => s.prompt.nl)),
			threePartyTexts().en.intake.contextPrompt,
			basesLabels().nl.files.reports,
			basesLabels().en.views.sessions,
			settingsStrings().en.settings.methodsFolderDesc,
			settingsStrings().nl.settings.templatesDesc,
		].filter((text) => /^[ -~]+$/.test(text)); // esbuild writes other characters as escapes
		expect(samples.length).toBeGreaterThan(50);
		for (const text of samples) expect(code).not.toContain(text);
	});

	it("loads without Node, registers its commands and creates a goal", async () => {
		const Built = loadBuiltPluginClass(MAIN);
		const p = await startPlugin({ pluginClass: Built, today: "2026-03-10" });
		try {
			const names = p.h.commands.list().map((c) => c.name);
			expect(names).toContain("Intervisie journal: New learning goal");
			await p.run("new-goal");
			const modal = p.h.openModals().at(-1)!;
			fill(modal, "Short name", "From the bundle");
			await p.submit(modal, "Create goal");
			expect(p.h.readFile("Intervisie/Goals/From the bundle.md")).toContain("intervisie: goal");
			expect(p.h.errors).toEqual([]);
		} finally {
			await p.h.dispose();
		}
	});
});
