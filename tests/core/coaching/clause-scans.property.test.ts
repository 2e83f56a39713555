import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkCaseQuestion } from "../../../src/core/coaching/case-question-check";
import { clauseTexts } from "../../../src/core/coaching/clause-texts";
import { coachGoal } from "../../../src/core/coaching/goal-coach";
import { dangerousText, ONE_MB, repeated } from "../../scan/dangerous-text";

const isQuestion = (text: string): boolean => checkCaseQuestion(text, "en").find((r) => r.check === "is-question")?.met ?? false;
const referenceIsQuestion = (text: string): boolean => /[?？]$/.test(text.trim().replace(/["'”’»)\]\s]+$/, ""));

describe("coaching scanners agree with the regexes they replace", () => {
	it("clauseTexts", () => {
		fc.assert(fc.property(dangerousText([".", "..", "!?", ";", ": ", ":", "\n", " "]), (text) => {
			expect(clauseTexts(text)).toEqual(text.split(/[.!?;]+(?=\s|$)|:\s|\n/));
		}), { numRuns: 3000 });
	});

	it("a case question ends with a question mark", () => {
		fc.assert(fc.property(dangerousText(["?", "？", "”", "’", "»", ")", "]", " ", "\u00a0"], 12), (text) => {
			expect(isQuestion(text)).toBe(referenceIsQuestion(text));
		}), { numRuns: 3000 });
	});
});

describe("coaching finishes on a 1 MB worst case", () => {
	it.each([
		["a run of dots", repeated(".")],
		["a run of exclamation marks", repeated("!")],
		["a run of quotes and spaces", repeated("' ", ONE_MB, "Hoe kan ik?", "x")],
		["a run of spaces", repeated(" ", ONE_MB, "Hoe kan ik?", "x")],
	])("%s", (_, text) => {
		expect(coachGoal({ statement: text }, "nl").length).toBeGreaterThan(0);
		expect(isQuestion(text)).toBe(false);
	});
});
