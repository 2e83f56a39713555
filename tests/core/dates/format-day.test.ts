import { describe, expect, it } from "vitest";
import { formatDay, formatMonth, NO_BREAK } from "../../../src/core/dates/format-day";
import { DATE_WORDS, noteDay, showDay } from "../../../src/core/i18n/date-words";

const nb = (text: string): string => text.replace(/ /g, NO_BREAK);

describe("one date format per language and place", () => {
	it("writes a day in full inside a sentence and short in a compact place, day first", () => {
		expect(showDay("2026-03-09", "nl", "text")).toBe(nb("9 maart 2026"));
		expect(showDay("2026-03-09", "nl", "compact")).toBe(nb("9 mrt 2026"));
		expect(showDay("2026-01-27", "en", "text")).toBe(nb("27 January 2026"));
		expect(showDay("2026-01-27", "en", "compact")).toBe(nb("27 Jan 2026"));
	});

	it("keeps a date on screen on one line, and a date in a note searchable with plain spaces", () => {
		expect(showDay("2026-11-30", "en", "compact")).not.toMatch(/ /);
		expect(noteDay("2026-11-30", "nl")).toBe("30 november 2026");
	});

	it("shows text that is not a date as it is", () => {
		for (const text of ["", "soon", "2026-13-01", "2026-3-1", "2026-03-09T10:00"]) expect(formatDay(text, DATE_WORDS.en, "compact")).toBe(text);
	});

	it("names a month short for an axis", () => {
		expect(formatMonth("2026-10", DATE_WORDS.nl)).toEqual({ short: "okt", year: "2026" });
	});
});
