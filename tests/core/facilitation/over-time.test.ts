import { describe, expect, it } from "vitest";
import { ranOverTime } from "../../../src/core/facilitation/over-time";

const MIN = 60_000;
const SEC = 1_000;

describe("a phase that ran over time, as the summary after the session says it", () => {
	it("allows a minute on a phase of ten minutes or less", () => {
		expect(ranOverTime(5 * MIN, 6 * MIN)).toBe(false);
		expect(ranOverTime(5 * MIN, 6 * MIN + SEC)).toBe(true);
		expect(ranOverTime(10 * MIN, 11 * MIN)).toBe(false);
		expect(ranOverTime(10 * MIN, 11 * MIN + SEC)).toBe(true);
	});

	it("allows a tenth of the minutes on a longer phase", () => {
		expect(ranOverTime(20 * MIN, 21 * MIN + 30 * SEC)).toBe(false);
		expect(ranOverTime(20 * MIN, 22 * MIN)).toBe(false);
		expect(ranOverTime(20 * MIN, 22 * MIN + SEC)).toBe(true);
		expect(ranOverTime(45 * MIN, 49 * MIN + 30 * SEC)).toBe(false);
		expect(ranOverTime(45 * MIN, 49 * MIN + 31 * SEC)).toBe(true);
	});

	it("allows a minute on a phase without minutes", () => {
		expect(ranOverTime(0, MIN)).toBe(false);
		expect(ranOverTime(0, MIN + SEC)).toBe(true);
	});

	it("never marks a phase that stayed within or under its minutes", () => {
		expect(ranOverTime(5 * MIN, 0)).toBe(false);
		expect(ranOverTime(5 * MIN, 5 * MIN)).toBe(false);
		expect(ranOverTime(5 * MIN, 5 * MIN + SEC)).toBe(false);
	});
});
