import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const I18N = join(__dirname, "../../../src/core/i18n");

/** Every module a file names in an import or export … from. */
function importsOf(text: string): string[] {
	return [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?\bfrom\s*"([^"]+)"/g), ...text.matchAll(/\bimport\s*\(\s*"([^"]+)"\s*\)/g)].map((m) => m[1] ?? "");
}

describe("the strings sit below every feature", () => {
	const files = readdirSync(I18N).filter((name) => name.endsWith(".ts"));

	it("finds the string files", () => {
		expect(files).toContain("language.ts");
		expect(files.length).toBeGreaterThan(10);
	});

	it.each(files)("%s imports only other strings and the calendar", (name) => {
		const outside = importsOf(readFileSync(join(I18N, name), "utf8")).filter((path) => !path.startsWith("./") && !path.startsWith("../dates/"));
		expect(outside).toEqual([]);
	});

	it("sees an import of a feature type", () => {
		expect(importsOf('import type { ProblemCode } from "../schema/problem";\nimport { x } from "./language";')).toEqual(["../schema/problem", "./language"]);
	});
});
