import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseObsidianYaml } from "../../../src/cli/obsidian-yaml";
import { parseCustomMethod } from "../../../src/core/methods/custom-method";
import { splitStepText } from "../../../src/core/methods/step-text";

const DOC = readFileSync(join(__dirname, "../../../docs/methods.md"), "utf8");

function block(language: string): string {
	const match = new RegExp("```" + language + "\\n([\\s\\S]*?)```").exec(DOC);
	if (!match?.[1]) throw new Error(`No ${language} block in docs/methods.md`);
	return match[1];
}

describe("the examples in docs/methods.md", () => {
	it("reads the list example", () => {
		const { method, problems } = parseCustomMethod({ path: "Methoden/Korte ronde.md", frontmatter: null, body: block("markdown") }, "nl");
		expect(problems).toEqual([]);
		expect(method?.id).toBe("custom:korte-ronde");
		expect(method?.steps.map((s) => [s.name.nl, s.minutes, s.prompts.length])).toEqual([
			["Inleiding", 5, 0],
			["Vragenronde", 15, 2],
			["Adviesronde", 10, 1],
			["Wat neem ik mee?", 5, 0],
		]);
	});

	it("reads the properties example as Obsidian parses it", () => {
		const yaml = block("yaml").replace(/^---\n|---\n$/g, "");
		const { method, problems } = parseCustomMethod({ path: "Methods/Silent round.md", frontmatter: parseObsidianYaml(yaml), body: "" }, "en");
		expect(problems).toEqual([]);
		expect(method?.steps.map((s) => [s.name.en, s.minutes])).toEqual([
			["Introduce the case", 5],
			["Write questions", 5],
			["Question round", 15],
			["Advice round", 10],
		]);
		expect(method?.steps[1]?.prompts.map((p) => p.en)).toEqual(["Everyone writes alone, in silence"]);
		expect(method?.roles).toEqual(["case-bringer", "facilitator", "timekeeper", "participants"]);
		expect(method?.preparation.map((p) => p.heading.en)).toEqual(["What happened, and what was your part?", "My question"]);
	});

	it("reads every step written in the step examples", () => {
		const lines = block("text").trim().split("\n");
		expect(lines.length).toBeGreaterThan(3);
		for (const line of lines) expect(splitStepText(line).minutes, line).toMatch(/^\d+$/);
	});
});
