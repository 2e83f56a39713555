import { describe, expect, it } from "vitest";
import { GOAL_CRITERIA, type CriterionId } from "../../../src/core/coaching/criteria";
import { unmetCriteria } from "../../../src/core/coaching/goal-coach";
import { TUNING_DUTCH, TUNING_ENGLISH } from "./goal-table-tuning";

function ordered(ids: readonly CriterionId[]): CriterionId[] {
	return GOAL_CRITERIA.filter((id) => ids.includes(id));
}

describe("coachGoal: the tuning table", () => {
	const rows = [...TUNING_DUTCH.map((row) => ["nl", row] as const), ...TUNING_ENGLISH.map((row) => ["en", row] as const)];
	it.each(rows)("%s: %o", (language, row) => {
		const unmet = unmetCriteria({ statement: row.statement, deadline: row.deadline }, language).map((result) => result.criterion);
		expect(unmet).toEqual(ordered(row.unmet));
	});
});
