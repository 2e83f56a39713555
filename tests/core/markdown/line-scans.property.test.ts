import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { atxOpening } from "../../../src/core/markdown/atx-heading";
import { startsNewBlock } from "../../../src/core/markdown/block-start";
import { withoutClosingSequence } from "../../../src/core/markdown/closing-hashes";
import { fenceRunAt } from "../../../src/core/markdown/fences";
import { lineEnd, nextLineStart } from "../../../src/core/markdown/lines";
import { TextBuilder } from "../../../src/core/markdown/text-builder";
import { quoteMarkers } from "../../../src/core/markdown/quote-markers";
import { isBlankBetween, isWhiteSpace } from "../../../src/core/markdown/white-space";
import { dangerousText } from "../../scan/dangerous-text";
import { referenceFenceOf, referenceLines, referenceQuote, referenceStartsNewBlock } from "../../scan/line-references";

/** Lines of the pieces that start blocks and quotes, with some dangerous text after them. */
const blockLine = fc
	.tuple(
		fc.constantFrom("", " ", "   ", "    ", "\t", " \t", "\u00a0"),
		fc.constantFrom("#", "###", "#######", "```", "~~~~", "``", "---", "- - -", "***", "_ _ _", "- ", "+ a", "1. a", "001) a", "2. a", "> ", ">>", "- > ", "1234567890. > ", "123456789) > "),
		dangerousText(["a", " ", "\t", "#", ">", "-", "*", "`", "\u00a0", "\u2028"], 8),
	)
	.map(([indent, marker, rest]) => indent + marker + rest);
/** Text around a line, so each reader is asked by offset in the middle of a longer text. */
const inText = fc.tuple(dangerousText([], 4), blockLine, fc.constantFrom("", "\n", "\r\n", "\r", "\nmore"));

function lineIn([before, line, after]: [string, string, string]): { text: string; start: number; end: number } {
	const text = `${before}\n${line}${after}`;
	const start = before.length + 1;
	return { text, start, end: lineEnd(text, start) };
}

describe("offset readers of a line agree with the regexes they replace", () => {
	it("lineEnd and nextLineStart walk the lines CommonMark splits", () => {
		fc.assert(fc.property(dangerousText(), (text) => {
			const walked: [number, number][] = [];
			for (let start = 0; ; start = nextLineStart(text, walked[walked.length - 1]?.[1] ?? 0)) {
				walked.push([start, lineEnd(text, start)]);
				if (walked[walked.length - 1]?.[1] === text.length) break;
			}
			expect(walked).toEqual(referenceLines(text));
		}), { numRuns: 2000 });
	});

	it("isWhiteSpace is \\s for every UTF-16 code unit", () => {
		const differing: number[] = [];
		for (let code = 0; code <= 0xffff; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
		expect(differing).toEqual([]);
	});

	it("quoteMarkers and isBlankBetween", () => {
		fc.assert(fc.property(inText, (parts) => {
			const { text, start, end } = lineIn(parts);
			const line = text.slice(start, end);
			const { depth, contentStart } = quoteMarkers(text, start, end);
			expect({ depth, content: depth === 0 ? line : text.slice(contentStart, end) }).toEqual(referenceQuote(line));
			expect(isBlankBetween(text, start, end)).toBe(line.trim() === "");
		}), { numRuns: 3000 });
	});

	it("startsNewBlock", () => {
		fc.assert(fc.property(inText, (parts) => {
			const { text, start, end } = lineIn(parts);
			expect(startsNewBlock(text, start, end)).toBe(referenceStartsNewBlock(text.slice(start, end)));
		}), { numRuns: 3000 });
	});

	it("fenceRunAt", () => {
		fc.assert(fc.property(inText, (parts) => {
			const { text, start, end } = lineIn(parts);
			expect(fenceRunAt(text, start, end)).toBe(referenceFenceOf(text.slice(start, end)));
		}), { numRuns: 3000 });
	});

	it("atxOpening", () => {
		fc.assert(fc.property(inText, fc.constantFrom(0, 3), (parts, indent) => {
			const { text, start, end } = lineIn(parts);
			const match = new RegExp(`^ {0,${indent}}(#{1,6})(?:[ \\t]+|$)`).exec(text.slice(start, end));
			expect(atxOpening(text, start, end, indent)).toEqual(match ? { level: match[1]?.length, textStart: start + match[0].length } : null);
		}), { numRuns: 3000 });
	});

	it("TextBuilder joins runs short and long, emoji halves included", () => {
		const runs = fc.array(fc.tuple(fc.string({ unit: "binary-ascii", maxLength: 400 }), fc.nat(), fc.nat()), { maxLength: 12 });
		fc.assert(fc.property(runs, (given) => {
			const builder = new TextBuilder();
			let expected = "";
			for (const [text, a, b] of given) {
				const start = a % (text.length + 1);
				const end = start + (b % (text.length - start + 1));
				builder.add(text, start, end);
				expected += text.slice(start, end);
			}
			expect(builder.toString()).toBe(expected);
		}), { numRuns: 300 });
		const long = "😀".repeat(5000);
		const builder = new TextBuilder();
		for (let at = 0; at < long.length; at += 3) builder.add(long, at, Math.min(at + 3, long.length));
		expect(builder.toString()).toBe(long);
	});

	it("TextBuilder grows its buffer and starts a new one across many short runs", () => {
		// Runs shorter than the long-run bound, enough of them to pass every buffer size and more than one chunk.
		const runs = fc.array(fc.string({ unit: "binary", maxLength: 255 }), { minLength: 1, maxLength: 80 });
		fc.assert(fc.property(runs, (given) => {
			const builder = new TextBuilder();
			for (const run of given) builder.add(run);
			expect(builder.toString()).toBe(given.join(""));
		}), { numRuns: 200 });
	});

	it("withoutClosingSequence", () => {
		fc.assert(fc.property(dangerousText(["Title", " ##", "\t#", "# ", "#"], 12), (text) => {
			expect(withoutClosingSequence(text)).toBe(text.replace(/[ \t]+#+[ \t]*$|^#+[ \t]*$/, ""));
		}), { numRuns: 3000 });
	});
});
