import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/core/notes/build-report";
import type { ReportInput } from "../../../src/core/notes/build-report";
import { NOTE_TEXTS } from "../../../src/core/templates/note-texts";
import { composeNote } from "../../../src/core/templates/compose-note";

describe("buildReport", () => {
	const draft = buildReport(
		{
			date: "2026-03-02",
			session: "Bijeenkomst 2",
			sessionNumber: 2,
			case: "Hoe kan ik nee zeggen",
			role: "participant",
			goals: [
				{ link: "Samenvatten", rating: 6 },
				{ link: "Nee zeggen", rating: null },
			],
			actions: [{ text: "Vat het MT samen", due: "2026-03-16" }],
			previousActions: { from: "2026-01-27 Verslag", actions: [{ text: "Oud", due: "2026-02-01" }] },
		},
		{ id: "report-20260302-abcd", author: "Sanne", today: "2026-03-02" },
		NOTE_TEXTS.nl,
		"nl",
	);

	it("is named by date, and keeps ratings aligned with goals", () => {
		expect(draft.baseName).toBe("2026-03-02 Verslag bijeenkomst 2");
		expect(draft.frontmatter.goals).toEqual(["[[Samenvatten]]", "[[Nee zeggen]]"]);
		expect(draft.frontmatter.ratings).toEqual([6, null]);
	});

	it("has a reflection section per goal, the next actions as tasks, and the look back", () => {
		const text = composeNote(draft, null);
		expect(text).toContain("### [[Samenvatten]]");
		expect(text).toContain("### [[Nee zeggen]]");
		expect(text).toContain("- [ ] Vat het MT samen 📅 2026-03-16");
		expect(text).toContain("## Terugblik op mijn vorige acties\n\nUit [[2026-01-27 Verslag]]:\n\n- Oud (uiterlijk 2026-02-01)\n");
		expect(text.match(/^- \[ \]/gm)).toHaveLength(1);
		expect(text).toContain("ratings:\n  - 6\n  -\n");
	});
});

describe("buildReport with a reflection model", () => {
	const input: ReportInput = {
		date: "2026-03-02",
		session: null,
		sessionNumber: null,
		case: null,
		role: null,
		goals: [{ link: "Listen", rating: 5 }],
		actions: [{ text: "Ask first", due: "2026-03-16" }],
		previousActions: { from: "2026-01-27 Report", actions: [{ text: "Old", due: null }] },
	};
	const context = { id: "report-20260302-abcd", author: "Sanne", today: "2026-03-02" };
	const headings = (body: string) => body.match(/^#{2,3} .*$/gm) ?? [];

	it("writes the plain report when no model is given, and the same for plain or an unknown id", () => {
		const plain = buildReport(input, context, NOTE_TEXTS.en, "en");
		expect(headings(plain.body)).toEqual([
			"## What happened",
			"## What I learned about myself",
			"## My learning goals",
			"### [[Listen]]",
			"## What I will do next",
			"## Looking back at my previous actions",
		]);
		expect(plain.body).toContain("## What happened\n\n%% Which case was discussed, with which method, and what struck you? %%\n");
		expect(composeNote(plain, null)).not.toContain("reflection:");
		for (const reflection of ["plain", "no-such-model"]) {
			const draft = buildReport({ ...input, reflection }, context, NOTE_TEXTS.en, "en");
			expect(draft.body).toBe(plain.body);
			expect(draft.frontmatter.reflection).toBeUndefined();
		}
	});

	it("puts the model's sections in place of the plain reflection, and keeps goals, actions and the look back", () => {
		const draft = buildReport({ ...input, reflection: "gibbs" }, context, NOTE_TEXTS.en, "en");
		expect(headings(draft.body)).toEqual([
			"## Description",
			"## Feelings",
			"## Evaluation",
			"## Analysis",
			"## Conclusion",
			"## Action plan",
			"## My learning goals",
			"### [[Listen]]",
			"## What I will do next",
			"## Looking back at my previous actions",
		]);
		expect(draft.body).toContain("## Feelings\n\n%% What did you feel and think before, during and after? %%\n");
		expect(draft.body).toContain("- [ ] Ask first 📅 2026-03-16");
		expect(draft.body).toContain("- Old");
	});

	it("writes headings and prompts in the notes' language", () => {
		const draft = buildReport({ ...input, reflection: "starrt" }, context, NOTE_TEXTS.nl, "nl");
		expect(headings(draft.body).slice(0, 6)).toEqual(["## Situatie", "## Taak", "## Actie", "## Resultaat", "## Reflectie", "## Transfer"]);
		expect(draft.body).toContain("## Mijn leerdoelen");
		expect(draft.body).not.toContain("Wat er gebeurde");
	});

	it("records the model in the reflection property, after the case and before the goals", () => {
		const draft = buildReport({ ...input, case: "Saying no", reflection: "onion" }, context, NOTE_TEXTS.en, "en");
		expect(draft.frontmatter.reflection).toBe("onion");
		const text = composeNote(draft, null);
		expect(text).toContain('case: "[[Saying no]]"\nreflection: onion\ngoals:');
	});

	it("offers the model's sections to user templates as {{reflection-sections}}", () => {
		const draft = buildReport({ ...input, reflection: "kolb" }, context, NOTE_TEXTS.en, "en");
		const text = composeNote(draft, "Case: {{case}}\n\n{{reflection-sections}}\n{{goal-sections}}");
		expect(headings(text)).toEqual(["## Concrete experience", "## Reflective observation", "## Abstract conceptualisation", "## Active experimentation", "### [[Listen]]"]);
		expect(text).toContain("%% Which experience from the discussion or from your work do you start from? %%");
		const plain = composeNote(buildReport(input, context, NOTE_TEXTS.en, "en"), "{{reflection-sections}}");
		expect(headings(plain)).toEqual(["## What happened", "## What I learned about myself"]);
	});
});
