import { describe, expect, it } from "vitest";
import { applyEdits, mergeRanges, rangeOrigin } from "../../../src/core/privacy/text-edits";
import { lineNumbers, splitLines } from "../../../src/core/privacy/text-lines";

describe("applyEdits", () => {
	it("replaces and deletes, and maps offsets back", () => {
		const edited = applyEdits("abcdefgh", [
			{ start: 6, end: 7, insert: "" },
			{ start: 1, end: 3, insert: "XYZ" },
		]);
		expect(edited.text).toBe("aXYZdefh");
		expect([0, 1, 2, 3, 4, 7].map(edited.origin)).toEqual([0, 1, 1, 1, 3, 7]);
		expect(rangeOrigin({ start: 4, end: 8 }, edited.origin)).toEqual({ start: 3, end: 8 });
	});

	it("keeps the text without edits", () => {
		const edited = applyEdits("same", []);
		expect(edited.text).toBe("same");
		expect(edited.origin(2)).toBe(2);
	});
});

describe("mergeRanges", () => {
	it("sorts and joins overlapping and touching ranges", () => {
		expect(
			mergeRanges([
				{ start: 8, end: 9 },
				{ start: 0, end: 2 },
				{ start: 1, end: 4 },
				{ start: 4, end: 5 },
			]),
		).toEqual([
			{ start: 0, end: 5 },
			{ start: 8, end: 9 },
		]);
	});
});

describe("lines", () => {
	it("splits on CRLF, LF and a lone CR", () => {
		const text = "a\r\nb\nc\rd";
		expect(splitLines(text).map((line) => text.slice(line.start, line.end))).toEqual(["a", "b", "c", "d"]);
		expect(splitLines(text).map((line) => text.slice(line.end, line.next))).toEqual(["\r\n", "\n", "\r", ""]);
	});

	it("numbers lines from 1", () => {
		const lineOf = lineNumbers("a\r\nb\n\nc");
		expect([0, 1, 2, 3, 4, 5, 6].map(lineOf)).toEqual([1, 1, 1, 2, 2, 3, 4]);
	});
});
