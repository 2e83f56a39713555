import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atxHeading, type AtxRule } from "../../../src/core/markdown/atx-heading";
import { withoutComments } from "../../../src/core/markdown/without-comments";
import { dangerousText, ONE_MB, repeated } from "../../scan/dangerous-text";

// The regexes and loops these scanners replace, kept as the plainest statement of their answers.
function referenceWithoutComments(text: string): string {
	const delimiters = [
		{ open: "<!--", close: "-->" },
		{ open: "%%", close: "%%" },
	];
	let result = "";
	let rest = text;
	for (;;) {
		const next = delimiters
			.map((delimiter) => ({ ...delimiter, at: rest.indexOf(delimiter.open) }))
			.filter((found) => found.at !== -1)
			.sort((a, b) => a.at - b.at)[0];
		if (!next) return result + rest;
		result += rest.slice(0, next.at);
		const end = rest.indexOf(next.close, next.at + next.open.length);
		if (end === -1) return result;
		rest = rest.slice(end + next.close.length);
	}
}

const REFERENCE_HEADINGS: [string, AtxRule, RegExp][] = [
	["goal statement", { indent: 3, bare: true, closing: "spaced" }, /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/],
	["body sections", { indent: 3, bare: false, closing: "spaced" }, /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/],
	["phase notes", { indent: 0, bare: false, closing: "any" }, /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/],
];

const headingLine = fc
	.tuple(fc.constantFrom("", " ", "   ", "    "), fc.constantFrom("#", "##", "###", "######", "#######", ""), dangerousText(["Title", " ##", "#", " ", "\t"], 10))
	.map(([indent, hashes, rest]) => indent + hashes + rest);

describe("note text scanners of the core agree with the regexes they replace", () => {
	it("withoutComments", () => {
		fc.assert(fc.property(dangerousText(["%%", "<!--", "-->", "%"]), (text) => {
			expect(withoutComments(text)).toBe(referenceWithoutComments(text));
		}), { numRuns: 3000 });
	});

	it.each(REFERENCE_HEADINGS)("atxHeading as the %s read it", (_, rule, regex) => {
		fc.assert(fc.property(headingLine, (line) => {
			const match = regex.exec(line);
			expect(atxHeading(line, rule)).toEqual(match?.[1] ? { level: match[1].length, text: match[2] ?? "" } : null);
		}), { numRuns: 3000 });
	});
});

describe("core scanners finish on a 1 MB worst case", () => {
	it.each([
		["%% runs", repeated("%%")],
		["lines of x %% c %% y", repeated("x %% c %% y\n")],
		["<!-- and %% alternating, unclosed", repeated("<!--%%")],
	])("withoutComments: %s", (_, text) => {
		expect(withoutComments(text).length).toBeLessThanOrEqual(text.length);
	});

	it.each(REFERENCE_HEADINGS)("atxHeading (%s): a heading followed by a run of spaces and hashes", (_, rule) => {
		expect(atxHeading(repeated(" ", ONE_MB, "## a"), rule)?.level).toBe(2);
		expect(atxHeading(repeated(" # ", ONE_MB, "## a"), rule)?.level).toBe(2);
	});
});
