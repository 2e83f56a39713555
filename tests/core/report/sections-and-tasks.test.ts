import { describe, expect, it } from "vitest";
import { bodySections, sameHeading } from "../../../src/core/report/body-sections";
import { insightText } from "../../../src/core/report/insight-text";
import { taskLines } from "../../../src/core/report/task-lines";

describe("bodySections", () => {
	it("gives each heading its own text and its text with subsections, ignoring # in code", () => {
		const body = "Intro\n## A\n\na text\n### A1\n\nsub\n```\n# not a heading\n```\n## B\nb text";
		expect(bodySections(body)).toEqual([
			{ heading: "A", level: 2, own: "a text", content: "a text\n### A1\n\nsub\n```\n# not a heading\n```" },
			{ heading: "A1", level: 3, own: "sub\n```\n# not a heading\n```", content: "sub\n```\n# not a heading\n```" },
			{ heading: "B", level: 2, own: "b text", content: "b text" },
		]);
	});

	it("compares headings without case, spacing or a trailing colon", () => {
		expect(sameHeading(" What I learned  about myself: ", "what i learned about myself")).toBe(true);
		expect(sameHeading("What I learned", "What I learned about myself")).toBe(false);
	});
});

describe("insightText", () => {
	it("reads the learning part of a plain report in English or Dutch", () => {
		expect(insightText("## What happened\n\nx\n\n## What I learned about myself\n\nI ask first.\n", null)).toBe("I ask first.");
		expect(insightText("## Wat ik over mezelf leerde:\n\nIk vraag eerst.\n\n## Mijn leerdoelen\n", null)).toBe("Ik vraag eerst.");
	});

	it("reads the learning part of the report's reflection model", () => {
		const body = "## Analysis\n\nwhy\n\n## Conclusion\n\nAsk first.\n\n## Action plan\n\n- [ ] try";
		expect(insightText(body, "gibbs")).toBe("Ask first.");
		expect(insightText("## Abstracte begripsvorming\n\nRegel: eerst vragen.", "kolb")).toBe("Regel: eerst vragen.");
		expect(insightText(body, null)).toBe("");
	});

	it("gives nothing when the part holds only its prompt or tasks", () => {
		expect(insightText("## What I learned about myself\n\n%% What did you notice? %%\n\n- [ ] a task\n", null)).toBe("");
	});
});

describe("taskLines", () => {
	it("reads open and done tasks with their due dates, and skips cancelled ones", () => {
		const body = "- [ ] Open 📅 2026-02-02\n- [x] Done [due:: 2026-03-01]\n* [X] Also done\n- [-] Cancelled\n- [/] Going on\n- plain item\n> - [ ] Quoted";
		expect(taskLines(body)).toEqual([
			{ text: "Open", due: "2026-02-02", done: false },
			{ text: "Done", due: "2026-03-01", done: true },
			{ text: "Also done", due: null, done: true },
			{ text: "Going on", due: null, done: false },
			{ text: "Quoted", due: null, done: false },
		]);
	});
});
