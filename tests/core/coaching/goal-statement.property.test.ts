import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { goalStatementFromBody } from "../../../src/core/coaching/goal-statement";
import { dangerousText } from "../../scan/dangerous-text";
import { referenceGoalStatement } from "./goal-statement-reference";

/** Goal notes of lines that open sections, lists, tasks, fences, callouts and setext headings, with dangerous text in them. */
const goalNote = fc
	.array(
		fc.tuple(
			fc.constantFrom("", "", " ", "> ", "    ", "\t"),
			fc.constantFrom(
				"## Wat ik ga doen", "## What I will do:", "# Waar en wanneer", "### How I will know", "## Other", "Wat ik ga doen",
				"Ik vraag door", "- Ik vraag door", "1. item", "- [ ] taak", "* [x] done", "===", "---", "```", "~~~", "> [!note]", "", "...", "%% c %%", "<!--",
			),
			dangerousText(["a", " ", "Ik", "%%", "#"], 3),
		),
		{ maxLength: 16 },
	)
	.chain((lines) => fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: lines.length, maxLength: lines.length }).map((ends) => lines.map((parts, i) => parts.join("") + (ends[i] ?? "")).join("")));

describe("goalStatementFromBody agrees with the reader it replaces", () => {
	it("on goal notes", () => {
		fc.assert(fc.property(fc.oneof(goalNote, dangerousText(["## Wat ik ga doen\n", "Ik vraag door", "\n===\n"])), (body) => {
			expect(goalStatementFromBody(body)).toBe(referenceGoalStatement(body));
		}), { numRuns: 4000 });
	});
});
