import { describe, expect, it } from "vitest";
import { builtInMethods } from "../../../src/core/methods/catalogue";
import { parseCustomMethod } from "../../../src/core/methods/custom-method";

describe("question-round steps", () => {
	it("are marked on the built-in steps where peers question the case-bringer", () => {
		const marked = Object.fromEntries(builtInMethods().map((method) => [method.id, method.steps.filter((step) => step.questionRound).map((step) => step.id)]));
		expect(marked).toEqual({
			"six-phase": ["analysis", "awareness"],
			incident: ["question-round"],
			"incident-short": ["fact-finding"],
			balint: ["clarifying"],
			gossip: ["exploration"],
			"five-step": ["exploration"],
			"ten-step": ["answers", "extra-round"],
			"successful-case": ["deepening"],
			socratic: ["clarify"],
			qualities: ["questions"],
		});
	});

	it("a group's own method marks a step with question-round: true, or by naming it a question round", () => {
		const { method, problems } = parseCustomMethod(
			{
				path: "Methods/Ours.md",
				frontmatter: { steps: [{ name: "Verkennen", minutes: 10, "question-round": true }, "Vragenronde 10", "Question round two 5", "Advice 10", { name: "Check", minutes: 5, "question-round": false }] },
				body: "",
			},
			"nl",
		);
		expect(problems).toEqual([]);
		expect(method?.steps.map((step) => step.questionRound ?? false)).toEqual([true, true, true, false, false]);
	});

	it("the list form marks a step by its name", () => {
		const { method } = parseCustomMethod({ path: "Methods/List.md", frontmatter: null, body: "1. Inleiding 5\n2. Vragenronde 15\n3. Advies 10\n" }, "nl");
		expect(method?.steps.map((step) => step.questionRound ?? false)).toEqual([false, true, false]);
	});
});
