import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractMetadata } from "../../../src/cli/markdown-metadata";
import { withoutClosingHashes } from "../../../src/core/markdown/closing-hashes";
import { backtickRun, CodeSpanEnds } from "../../../src/core/markdown/code-spans";
import { openingFence } from "../../../src/core/markdown/fences";
import { wikilinkSpans } from "../../../src/core/markdown/wikilink-spans";
import { dangerousText, ONE_MB, repeated } from "../../scan/dangerous-text";

// The regexes these scanners replace, kept as the plainest statement of what they find.
const referenceWikilinks = (text: string): [number, number][] => [...text.matchAll(/\[\[([^\]\n]+)\]\]/g)].map((m) => [m.index, m.index + m[0].length]);
const referenceClosingHashes = (text: string): string => text.replace(/[ \t]+#+$/, "");
function referenceOpeningFence(line: string): { char: string; length: number } | null {
	let at = 0;
	while (line[at] === " " || line[at] === "\t" || line[at] === ">") at++;
	if (line[at] !== "`" && line[at] !== "~") return null;
	const match = /^(`{3,}|~{3,})(.*)$/.exec(line.slice(at));
	if (!match) return null;
	const marker = match[1] ?? "";
	const char = marker.charAt(0);
	if (char === "`" && (match[2] ?? "").includes("`")) return null;
	return { char, length: marker.length };
}

function referenceCodeSpanEnd(text: string, start: number): number {
	const run = backtickRun(text, start);
	const newline = text.indexOf("\n", start);
	const end = newline === -1 ? text.length : newline;
	for (let i = start + run; i < end; ) {
		const next = text.indexOf("`", i);
		if (next === -1 || next >= end) return start;
		const length = backtickRun(text, next);
		if (length === run) return next + length;
		i = next + length;
	}
	return start;
}

describe("scanners of the command-line reader agree with the regexes they replace", () => {
	it("wikilinkSpans", () => {
		fc.assert(fc.property(dangerousText(["[[a]]", "[[a|b]]", "[[[a]]]"]), (text) => {
			expect(wikilinkSpans(text)).toEqual(referenceWikilinks(text));
		}), { numRuns: 2000 });
	});

	it("every wikilink span starts with [[, ends with ]] and holds no ] or line break", () => {
		fc.assert(fc.property(dangerousText(["[[a]]"]), (text) => {
			for (const [start, end] of wikilinkSpans(text)) {
				const link = text.slice(start, end);
				expect(link.startsWith("[[") && link.endsWith("]]") && link.length > 4).toBe(true);
				expect(/[\]\n]/.test(link.slice(2, -2))).toBe(false);
			}
		}));
	});

	it("withoutClosingHashes", () => {
		fc.assert(fc.property(dangerousText(["Title", " ##", "\t#"]), (text) => {
			expect(withoutClosingHashes(text)).toBe(referenceClosingHashes(text));
		}), { numRuns: 2000 });
	});

	it("CodeSpanEnds, asked in reading order as the mask asks", () => {
		fc.assert(fc.property(dangerousText(["`", "``", "```", "a`b"]), fc.array(fc.boolean(), { maxLength: 40 }), (text, skips) => {
			const spans = new CodeSpanEnds(text);
			let asked = 0;
			for (let i = text.indexOf("`"); i !== -1; ) {
				// Some openers are passed over, as an escaped backtick is.
				const close = skips[asked++] ? i : spans.endOf(i);
				if (close !== i) expect(close).toBe(referenceCodeSpanEnd(text, i));
				else if (!skips[asked - 1]) expect(referenceCodeSpanEnd(text, i)).toBe(i);
				i = text.indexOf("`", close > i ? close : i + backtickRun(text, i));
			}
		}), { numRuns: 2000 });
	});

	it("openingFence", () => {
		fc.assert(fc.property(dangerousText(["```js", "~~~~", "````"], 12), (line) => {
			expect(openingFence(line)).toEqual(referenceOpeningFence(line));
		}), { numRuns: 2000 });
	});
});

describe("extractMetadata reads a 1 MB worst case", () => {
	it.each([
		["a line of [", repeated("[")],
		["a line of [[", repeated("[[")],
		["a line of [[a|", repeated("[[a|")],
		["a line of ](", repeated("](")],
		["a line of [a](", repeated("[a](")],
		["a heading with a run of spaces", repeated(" ", ONE_MB, "# a")],
		["a fence of backticks with a carriage return", repeated("`", ONE_MB, "", "\rx")],
		["a fence of tildes with a carriage return", repeated("~", ONE_MB, "", "\rx")],
		["lines of %% comments %%", repeated("x %% c %% y\n")],
		["unclosed <!--", repeated("<!--")],
		["backtick runs", repeated("`a``a")],
		["backtick runs that never close", Array.from({ length: 1500 }, (_, k) => `${"`".repeat(k + 1)}a`).join("")],
	])("%s", (_, text) => {
		expect(extractMetadata(text).body.length).toBe(text.length);
	});
});
