import { describe, expect, it } from "vitest";
import { chartSummary } from "../../../src/core/dashboard/chart-summary";
import type { ChartFacts } from "../../../src/core/dashboard/chart-summary";

const point = (date: string, rating: number): { date: string; rating: number; reportPath: string } => ({ date, rating, reportPath: `${date}.md` });
const facts = (ratings: number[], target: number | null = 7): ChartFacts => ({
	title: "Say no",
	scale: { min: 1, max: 10 },
	target,
	points: ratings.map((r, i) => point(`2026-0${i + 1}-10`, r)),
});

describe("chartSummary", () => {
	it("says there are no ratings yet", () => {
		expect(chartSummary(facts([]), "en")).toBe("Say no: no ratings yet (scale 1 to 10, target 7).");
		expect(chartSummary(facts([], null), "nl")).toBe("Say no: nog geen beoordelingen (schaal 1 tot 10).");
	});

	it("describes one rating", () => {
		expect(chartSummary(facts([4]), "en")).toBe("Say no: one rating, 4 on 2026-01-10 (scale 1 to 10, target 7).");
		expect(chartSummary(facts([4.5]), "nl")).toBe("Say no: één beoordeling, 4,5 op 2026-01-10 (schaal 1 tot 10, doel 7).");
	});

	it("describes the trend from the first to the last rating", () => {
		expect(chartSummary(facts([3, 6, 5]), "en")).toBe("Say no: 3 ratings from 2026-01-10 to 2026-03-10, rising from 3 to 5 (scale 1 to 10, target 7).");
		expect(chartSummary(facts([6, 4]), "en")).toContain("falling from 6 to 4");
		expect(chartSummary(facts([5, 7, 5]), "en")).toContain("level at 5");
		expect(chartSummary(facts([3, 6, 5]), "nl")).toBe("Say no: 3 beoordelingen van 2026-01-10 tot 2026-03-10, stijgend van 3 naar 5 (schaal 1 tot 10, doel 7).");
		expect(chartSummary(facts([6, 4]), "nl")).toContain("dalend van 6 naar 4");
		expect(chartSummary(facts([5, 5]), "nl")).toContain("gelijk op 5");
	});
});
