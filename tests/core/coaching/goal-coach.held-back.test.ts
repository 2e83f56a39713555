import { describe, expect, it } from "vitest";
import { GOAL_CRITERIA } from "../../../src/core/coaching/criteria";
import { HELD_BACK_DUTCH, HELD_BACK_ENGLISH } from "./goal-table-held-back";
import { combined, scoreTable, share } from "./goal-table-score";

// The held-back table is scored, never tuned on: see the note at the top of goal-table-held-back.ts.
// Print the scores: npm run score:goals
describe("coachGoal: the held-back table", () => {
	const dutch = scoreTable(HELD_BACK_DUTCH, "nl");
	const english = scoreTable(HELD_BACK_ENGLISH, "en");

	it("holds at least 40 goals per language", () => {
		expect(HELD_BACK_DUTCH.length).toBeGreaterThanOrEqual(40);
		expect(HELD_BACK_ENGLISH.length).toBeGreaterThanOrEqual(40);
	});

	it("agrees on at least 90 % of all judgements and 80 % per criterion", () => {
		expect(share(combined(dutch.overall, english.overall))).toBeGreaterThanOrEqual(0.9);
		for (const criterion of GOAL_CRITERIA) {
			expect(share(combined(dutch.perCriterion[criterion], english.perCriterion[criterion])), criterion).toBeGreaterThanOrEqual(0.8);
		}
	});
});
