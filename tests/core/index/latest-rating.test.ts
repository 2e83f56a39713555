import { describe, expect, it } from "vitest";
import { latestRating } from "../../../src/core/index/latest-rating";
import type { ReportNote } from "../../../src/core/schema/notes";

function report(path: string, date: string | null, goals: string[], ratings: (number | null)[]): ReportNote {
	return { kind: "report", path, title: path, id: path, author: "Sanne", schema: 1, newerSchema: false, shared: false, sharedAt: null, date, session: null, role: null, case: null, goals, ratings, reflection: null };
}

const resolve = (link: string) => `Goals/${link}.md`;

describe("latestRating", () => {
	it("takes the rating at the goal's position in the newest report that rates it", () => {
		const reports = [
			report("r3", "2026-05-01", ["B", "A"], [5, null]),
			report("r2", "2026-04-01", ["B", "A"], [4, 6]),
			report("r1", "2026-03-01", ["A"], [3]),
		];
		expect(latestRating("Goals/A.md", reports, resolve)).toBe(6);
		expect(latestRating("Goals/B.md", reports, resolve)).toBe(5);
	});

	it("orders by date itself, reports without a date last", () => {
		const reports = [report("r0", null, ["A"], [9]), report("r1", "2026-03-01", ["A"], [3]), report("r2", "2026-04-01", ["A"], [4])];
		expect(latestRating("Goals/A.md", reports, resolve)).toBe(4);
	});

	it("is null for a goal no report rates", () => {
		expect(latestRating("Goals/C.md", [report("r1", "2026-03-01", ["A"], [3])], resolve)).toBeNull();
		expect(latestRating("Goals/A.md", [], resolve)).toBeNull();
	});
});
