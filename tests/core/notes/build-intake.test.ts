import { describe, expect, it } from "vitest";
import { buildIntake } from "../../../src/core/notes/build-intake";
import type { ThreePartyInput } from "../../../src/core/notes/three-party";
import { composeNote } from "../../../src/core/templates/compose-note";
import { threePartyTexts } from "../../../src/core/templates/three-party-texts";

const context = { id: "intake-20260112-abcd", author: "Sanne de Vries", today: "2026-01-12" };
const input: ThreePartyInput = {
	date: "2026-01-12",
	trajectory: "Team leads 2026",
	participant: "Sanne de Vries",
	manager: "Peter Jansen",
	facilitator: "Marieke Smit",
	goals: [
		{ link: "Summarise", rating: 3 },
		{ link: "Say no", rating: null },
	],
};
const headings = (body: string) => body.match(/^#{2,3} .*$/gm) ?? [];

describe("buildIntake", () => {
	it("is named by date and participant, and keeps the baselines aligned with the goals", () => {
		const draft = buildIntake(input, context, threePartyTexts().en);
		expect(draft.kind).toBe("intake");
		expect(draft.baseName).toBe("2026-01-12 Intake Sanne de Vries");
		expect(draft.frontmatter.goals).toEqual(["[[Summarise]]", "[[Say no]]"]);
		expect(draft.frontmatter.ratings).toEqual([3, null]);
	});

	it("writes the three parties and the trajectory as properties, in a fixed order", () => {
		const text = composeNote(buildIntake(input, context, threePartyTexts().en), null);
		expect(text).toContain(
			'---\nintervisie: intake\nid: intake-20260112-abcd\nauthor: Sanne de Vries\ndate: 2026-01-12\ntrajectory: "[[Team leads 2026]]"\nparticipant: Sanne de Vries\nmanager: Peter Jansen\nfacilitator: Marieke Smit\ngoals:\n  - "[[Summarise]]"\n  - "[[Say no]]"\nratings:\n  - 3\n  -\nschema: 1\n---\n',
		);
	});

	it("has a context section, a section per goal, agreements and confidentiality, with prompts as comments", () => {
		const draft = buildIntake(input, context, threePartyTexts().en);
		expect(headings(draft.body)).toEqual(["## Context and why now", "## The goals we agree on", "### [[Summarise]]", "### [[Say no]]", "## Agreements", "## Confidentiality"]);
		expect(draft.body).toMatch(/### \[\[Summarise\]\]\n\n%% .*success.*manager.* %%\n/);
		expect(draft.body.match(/^%% .* %%$/gm)).toHaveLength(5);
	});

	it("writes Dutch headings for Dutch notes", () => {
		const draft = buildIntake(input, context, threePartyTexts().nl);
		expect(draft.baseName).toBe("2026-01-12 Intakegesprek Sanne de Vries");
		expect(headings(draft.body)).toEqual(["## Aanleiding en waarom nu", "## De leerdoelen die we afspreken", "### [[Summarise]]", "### [[Say no]]", "## Afspraken", "## Vertrouwelijkheid"]);
	});

	it("leaves unknown people as empty properties, and says so when no goal is linked yet", () => {
		const draft = buildIntake({ ...input, trajectory: null, participant: null, manager: null, facilitator: null, goals: [] }, context, threePartyTexts().en);
		expect(draft.baseName).toBe("2026-01-12 Intake");
		const text = composeNote(draft, null);
		expect(text).toContain("trajectory:\nparticipant:\nmanager:\nfacilitator:\ngoals: []\nratings: []\n");
		expect(draft.body).toContain(threePartyTexts().en.intake.noGoals);
	});

	it("offers its values to user templates", () => {
		const draft = buildIntake(input, context, threePartyTexts().en);
		const text = composeNote(draft, "With {{manager}} and {{facilitator}} for {{participant}} in {{trajectory}} on {{date}}\n\n{{goal-sections}}");
		expect(text).toContain("With Peter Jansen and Marieke Smit for Sanne de Vries in [[Team leads 2026]] on 2026-01-12");
		expect(headings(text)).toEqual(["### [[Summarise]]", "### [[Say no]]"]);
	});
});
