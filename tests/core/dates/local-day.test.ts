import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDaysToDay, dayToDate, daysBetween, isDay, localDay } from "../../../src/core/dates/local-day";

describe("local days", () => {
	it("gives the local calendar day, also just after midnight", () => {
		expect(localDay(new Date(2026, 2, 10, 0, 30))).toBe("2026-03-10");
		expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe("2026-12-31");
		expect(localDay(new Date(987, 0, 5))).toBe("0987-01-05");
	});

	it("accepts only real dates", () => {
		expect(isDay("2026-02-28")).toBe(true);
		expect(isDay("2028-02-29")).toBe(true);
		for (const bad of ["2026-02-29", "2026-13-01", "2026-00-10", "2026-1-1", "26-01-01", "2026-01-32", "", "2026-01-01T10:00"]) expect(isDay(bad)).toBe(false);
		expect(isDay(20260101)).toBe(false);
	});

	it("reads back every day it writes", () => {
		fc.assert(
			fc.property(fc.date({ min: new Date(1900, 0, 1), max: new Date(2200, 0, 1), noInvalidDate: true }), (date) => {
				const day = localDay(date);
				expect(isDay(day)).toBe(true);
				expect(localDay(dayToDate(day)!)).toBe(day);
			}),
		);
	});

	it("counts calendar days across daylight saving time", () => {
		expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
		expect(daysBetween("2026-10-26", "2026-10-24")).toBe(-2);
		expect(addDaysToDay("2026-03-28", 1)).toBe("2026-03-29");
		expect(addDaysToDay("2026-12-31", 1)).toBe("2027-01-01");
	});
});
