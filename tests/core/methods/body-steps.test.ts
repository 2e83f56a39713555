import { describe, expect, it } from "vitest";
import { bodySteps } from "../../../src/core/methods/body-steps";

describe("steps from a list in the note", () => {
	it("reads the first list, with nested items as reminders", () => {
		const body = [
			"Our quick round for busy weeks.",
			"",
			"1. Introduction — 5 min",
			"2. Question round (15)",
			"   - Ask, don't advise",
			"   - One question each",
			"3. Advice round - 10",
			"",
			"Some closing text.",
			"",
			"- Not a step",
		].join("\n");
		expect(bodySteps(body)).toEqual([
			{ text: "Introduction — 5 min", prompts: [] },
			{ text: "Question round (15)", prompts: ["Ask, don't advise", "One question each"] },
			{ text: "Advice round - 10", prompts: [] },
		]);
	});

	it("prefers the list under a Steps or Stappen heading", () => {
		const body = ["## Benodigd", "- Flip-over", "- Stiften", "", "## Stappen", "- Inleiding 5", "- Vragen 10", "", "## Notities", "- Iets anders"].join("\n");
		expect(bodySteps(body).map((s) => s.text)).toEqual(["Inleiding 5", "Vragen 10"]);
	});

	it("allows blank lines between items, tabs for nesting, task boxes and bold names", () => {
		const body = ["- [ ] **Inleiding** 5", "", "\t- Kort houden", "* Analyse 10", "+ [x] Advies 10"].join("\n");
		expect(bodySteps(body)).toEqual([
			{ text: "Inleiding 5", prompts: ["Kort houden"] },
			{ text: "Analyse 10", prompts: [] },
			{ text: "Advies 10", prompts: [] },
		]);
	});

	it("skips lists inside code blocks and quotes, and horizontal rules", () => {
		const body = ["```", "- Not this 5", "```", "> - Nor this 5", "***", "- This 5"].join("\n");
		expect(bodySteps(body).map((s) => s.text)).toEqual(["This 5"]);
	});

	it("finds nothing in a note without a list", () => {
		expect(bodySteps("")).toEqual([]);
		expect(bodySteps("Just a paragraph.\n\n# Heading")).toEqual([]);
	});

	it("keeps deeper nesting as reminders of the same step", () => {
		const body = ["- Step 5", "  - one", "    - two"].join("\n");
		expect(bodySteps(body)).toEqual([{ text: "Step 5", prompts: ["one", "two"] }]);
	});

	it("ends the list at the next heading", () => {
		expect(bodySteps("- A 5\n# Next\n- B 5").map((s) => s.text)).toEqual(["A 5"]);
	});
});
