import { describe, expect, it } from "vitest";
import { goalChartGeometry } from "../../../src/core/chart/goal-chart-geometry";
import type { ChartInput, ChartWords } from "../../../src/core/chart/goal-chart-geometry";

const words: ChartWords = {
	day: (date) => `day ${date}`,
	number: (value) => String(value).replace(".", ","),
	point: (day, rating) => `${day}: ${rating}`,
	baseline: (value) => `start ${value}`,
	target: (value) => `target ${value}`,
};

const input = (overrides: Partial<ChartInput> = {}): ChartInput => ({
	scale: { min: 1, max: 10 },
	baseline: 3,
	target: 8,
	points: [
		{ date: "2026-03-03", rating: 7 },
		{ date: "2026-01-20", rating: 4 },
	],
	summary: "Summary",
	...overrides,
});

describe("goalChartGeometry", () => {
	it("puts dots oldest first from the left edge to the right edge, higher ratings higher up", () => {
		const g = goalChartGeometry(input(), words, { levelLabels: false });
		expect(g?.dots.map((d) => d.date)).toEqual(["2026-01-20", "2026-03-03"]);
		const [first, last] = g?.dots ?? [];
		expect(first?.x).toBe(g?.dateLabels[0]?.x);
		expect(last?.x).toBe(g?.dateLabels[1]?.x);
		expect(last?.y).toBeLessThan(first?.y ?? 0);
		expect(g?.line).toHaveLength(2);
		expect(g?.dots.map((d) => d.label)).toEqual(["day 2026-01-20: 4", "day 2026-03-03: 7"]);
	});

	it("keeps room for the level labels only when asked", () => {
		const plain = goalChartGeometry(input(), words, { levelLabels: false });
		const labelled = goalChartGeometry(input(), words, { levelLabels: true });
		expect(plain?.levels.map((l) => l.label)).toEqual([null, null]);
		expect(labelled?.levels.map((l) => l.label?.text)).toEqual(["start 3", "target 8"]);
		expect(labelled?.levels[0]?.x2).toBeLessThan(plain?.levels[0]?.x2 ?? 0);
	});
});

describe("goalChartGeometry, what a reader needs", () => {
	it("draws a gridline at the middle of the scale, with its value on the axis", () => {
		const g = goalChartGeometry(input(), words, { levelLabels: false });
		expect(g?.axisLabels.map((l) => l.text)).toEqual(["10", "6", "1"]);
		const [top, middle, bottom] = g?.axisLabels.map((l) => l.y) ?? [];
		expect(middle).toBeGreaterThan(top ?? 0);
		expect(middle).toBeLessThan(bottom ?? 0);
		expect(g?.gridlines).toHaveLength(1);
		expect(g?.gridlines[0]?.y1).toBe(g?.gridlines[0]?.y2);
		expect((g?.gridlines[0]?.y1 ?? 0) + 4).toBe(middle);
		expect(goalChartGeometry(input({ scale: { min: 1, max: 5 } }), words, { levelLabels: false })?.axisLabels.map((l) => l.text)).toEqual(["5", "3", "1"]);
	});

	it("draws a single rating at its date, above the date's label", () => {
		const g = goalChartGeometry(input({ points: [{ date: "2026-02-01", rating: 5 }] }), words, { levelLabels: true });
		expect(g?.dots).toHaveLength(1);
		expect(g?.dateLabels).toEqual([expect.objectContaining({ text: "day 2026-02-01", anchor: "start" })]);
		expect(g?.dots[0]?.x).toBe(g?.dateLabels[0]?.x);
	});

	it("draws nothing for a goal without dated ratings", () => {
		expect(goalChartGeometry(input({ points: [] }), words, { levelLabels: false })).toBeNull();
		expect(goalChartGeometry(input({ points: [{ date: "soon", rating: 5 }] }), words, { levelLabels: false })).toBeNull();
	});
});
