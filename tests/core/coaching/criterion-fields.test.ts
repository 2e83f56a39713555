import { describe, expect, it } from "vitest";
import { GOAL_CRITERIA } from "../../../src/core/coaching/criteria";
import { fieldOfCriterion } from "../../../src/core/coaching/criterion-fields";

describe("fieldOfCriterion", () => {
	it("puts each tip beside the field that meets it", () => {
		expect(GOAL_CRITERIA.map((c) => [c, fieldOfCriterion(c)])).toEqual([
			["positive", "statement"],
			["observable", "statement"],
			["time-bound", "deadline"],
			["measurable", "evidence"],
			["own-control", "statement"],
			["where-when", "whereWhen"],
		]);
	});
});
