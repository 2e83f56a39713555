import { describe, expect, it } from "vitest";
import { buildEvaluation } from "../../../src/core/notes/build-evaluation";
import type { ThreePartyInput } from "../../../src/core/notes/three-party";
import { composeNote } from "../../../src/core/templates/compose-note";
import { threePartyTexts } from "../../../src/core/templates/three-party-texts";

const context = { id: "evaluation-20260629-abcd", author: "Sanne de Vries", today: "2026-06-29" };
const input: ThreePartyInput = {
	date: "2026-06-29",
	trajectory: "Team leads 2026",
	participant: "Sanne de Vries",
	manager: "Peter Jansen",
	facilitator: "Marieke Smit",
	goals: [
		{ link: "Summarise", rating: 4 },
		{ link: "Say no", rating: null },
	],
};
const headings = (body: string) => body.match(/^#{2,3} .*$/gm) ?? [];

describe("buildEvaluation", () => {
	it("is named by date and participant, and keeps the final ratings aligned with the goals", () => {
		const draft = buildEvaluation(input, context, threePartyTexts().en);
		expect(draft.kind).toBe("evaluation");
		expect(draft.baseName).toBe("2026-06-29 Final evaluation Sanne de Vries");
		const text = composeNote(draft, null);
		expect(text).toContain("intervisie: evaluation\nid: evaluation-20260629-abcd\n");
		expect(text).toContain('participant: Sanne de Vries\nmanager: Peter Jansen\nfacilitator: Marieke Smit\ngoals:\n  - "[[Summarise]]"\n  - "[[Say no]]"\nratings:\n  - 4\n  -\nschema: 1\n');
	});

	it("has a conclusion per goal, the trajectory as a whole, and next steps", () => {
		const draft = buildEvaluation(input, context, threePartyTexts().en);
		expect(headings(draft.body)).toEqual(["## My learning goals", "### [[Summarise]]", "### [[Say no]]", "## The trajectory as a whole", "## Next steps"]);
		expect(draft.body).toMatch(/### \[\[Say no\]\]\n\n%% .*changed.* %%\n/);
		expect(draft.body).toMatch(/## The trajectory as a whole\n\n%% .*group.*manager.* %%\n/);
	});

	it("writes Dutch headings for Dutch notes", () => {
		const draft = buildEvaluation(input, context, threePartyTexts().nl);
		expect(draft.baseName).toBe("2026-06-29 Eindevaluatie Sanne de Vries");
		expect(headings(draft.body)).toEqual(["## Mijn leerdoelen", "### [[Summarise]]", "### [[Say no]]", "## Het traject als geheel", "## Hoe verder"]);
	});

	it("says so when no goal is linked", () => {
		const draft = buildEvaluation({ ...input, goals: [] }, context, threePartyTexts().nl);
		expect(draft.body).toContain(threePartyTexts().nl.evaluation.noGoals);
		expect(draft.frontmatter.ratings).toEqual([]);
	});
});
