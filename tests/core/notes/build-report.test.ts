import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/core/notes/build-report";
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
