import { describe, expect, it } from "vitest";
import { questionShare } from "../../../src/core/questions/question-share";

describe("the share of open questions in a session's tally", () => {
	it("counts the four kinds, and the open share as a whole percentage", () => {
		expect(questionShare({ open: 7, closed: 2, advice: 1, leading: 0, helped: 3 })).toEqual({
			open: 7,
			closed: 2,
			advice: 1,
			leading: 0,
			helped: 3,
			total: 10,
			openPercent: 70,
		});
		expect(questionShare({ open: 2, closed: 1, advice: 0, leading: 0, helped: 0 }).openPercent).toBe(67);
	});

	it("has no share when no question got a kind", () => {
		expect(questionShare({ open: 0, closed: 0, advice: 0, leading: 0, helped: 0 })).toMatchObject({ total: 0, openPercent: null });
	});
});
