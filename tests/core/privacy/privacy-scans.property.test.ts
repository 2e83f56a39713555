import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findPrivateCallouts, isPrivateCalloutHeader } from "../../../src/core/privacy/private-callouts";
import { findPrivateLinks } from "../../../src/core/privacy/private-links";
import { findPrivateSections } from "../../../src/core/privacy/private-sections";
import { findComments } from "../../../src/core/privacy/comments";
import { eachOutermost, type PartList } from "../../../src/core/privacy/outermost-parts";
import { applyEdits, mergeRanges, withoutRanges, type Range } from "../../../src/core/privacy/text-edits";
import { lineNumbers } from "../../../src/core/privacy/text-lines";
import { findPrivateWikilinks } from "../../../src/core/privacy/wikilinks";
import { dangerousText, ONE_MB, repeated } from "../../scan/dangerous-text";
import { referenceFenceOf, referenceLines, referenceQuote, referenceStartsNewBlock } from "../../scan/line-references";
import { isPrivateTestTarget, share } from "./shareable";
import { referencePrivateWikilinks } from "./wikilinks-reference";

// The scanners as they were written over a list of line objects and sliced lines, kept as the plainest statement of their answers.
function referenceCallouts(text: string): Range[] {
	const lines = referenceLines(text).map(([start, end], i, all) => ({ start, end, next: all[i + 1]?.[0] ?? text.length }));
	const quoteOf = (line: { start: number; end: number }): { depth: number; content: string } => referenceQuote(text.slice(line.start, line.end));
	const lazy = (content: string, paragraph: boolean, fence: string | null): boolean => paragraph && fence === null && content.trim() !== "" && !referenceStartsNewBlock(content);
	const callouts: Range[] = [];
	let i = 0;
	while (i < lines.length) {
		const header = lines[i];
		const quote = header ? quoteOf(header) : null;
		if (!header || !quote || quote.depth === 0 || !isPrivateCalloutHeader(quote.content)) {
			i++;
			continue;
		}
		let last = header;
		let paragraph = true;
		let fence: string | null = null;
		for (i++; i < lines.length; i++) {
			const line = lines[i];
			const next = line ? quoteOf(line) : null;
			if (!line || !next) break;
			if (next.depth < quote.depth && !lazy(next.content, paragraph, fence)) break;
			if (next.depth >= quote.depth) {
				const opened = referenceFenceOf(next.content);
				if (fence !== null) fence = opened !== null && opened.startsWith(fence[0] ?? "") && opened.length >= fence.length ? null : fence;
				else if (opened !== null) fence = opened;
				paragraph = fence === null && opened === null && next.content.trim() !== "" && !referenceStartsNewBlock(next.content);
			}
			last = line;
		}
		callouts.push({ start: header.start, end: last.next });
	}
	return callouts;
}

function referenceSections(text: string): Range[] {
	const sections: Range[] = [];
	let open: { start: number; level: number } | null = null;
	let fence: string | null = null;
	for (const [start, end] of referenceLines(text)) {
		const content = text.slice(start, end);
		const opened = referenceFenceOf(content);
		if (fence !== null) {
			if (opened !== null && opened.startsWith(fence[0] ?? "") && opened.length >= fence.length) fence = null;
			continue;
		}
		if (opened !== null) {
			fence = opened;
			continue;
		}
		const heading = /^ {0,3}(#{1,6})(?:[ \t]+|$)/.exec(content);
		if (!heading) continue;
		const level = heading[1]?.length ?? 1;
		if (open !== null && level <= open.level) {
			sections.push({ start: open.start, end: start });
			open = null;
		}
		const title = content.slice(heading[0].length).replace(/[ \t]+#+[ \t]*$|^#+[ \t]*$/, "");
		const links = findPrivateLinks(title, isPrivateTestTarget);
		let rest = title;
		for (const link of [...links].reverse()) rest = rest.slice(0, link.start) + rest.slice(link.end);
		if (open === null && links.length > 0 && !/[\p{L}\p{N}]/u.test(rest)) open = { start, level };
	}
	if (open !== null) sections.push({ start: open.start, end: text.length });
	return sections;
}

/** Notes of lines that open, continue and end callouts, fences and sections, with dangerous pieces after them. */
function referenceComments(text: string): Range[] {
	const comments: Range[] = [];
	for (let from = 0; ; ) {
		const found = [{ open: "%%", close: "%%" }, { open: "<!--", close: "-->" }]
			.map((delimiter) => ({ ...delimiter, at: text.indexOf(delimiter.open, from) }))
			.filter(({ at }) => at !== -1)
			.sort((a, b) => a.at - b.at)[0];
		if (!found) return comments;
		const close = text.indexOf(found.close, found.at + found.open.length);
		comments.push({ start: found.at, end: close === -1 ? text.length : close + found.close.length });
		if (close === -1) return comments;
		from = close + found.close.length;
	}
}

function referenceMerge(ranges: readonly Range[]): Range[] {
	const merged: Range[] = [];
	for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
		const last = merged[merged.length - 1];
		if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
		else merged.push({ ...range });
	}
	return merged;
}

const ranges = fc.array(fc.tuple(fc.nat(60), fc.nat(8)).map(([start, length]) => ({ start, end: start + length })), { maxLength: 12 });

const structuredNote = fc
	.array(
		fc.tuple(
			fc.constantFrom("", "", "> ", ">", ">> ", "> > ", "- > ", "1) > ", " > ", "    ", "\t", "\u00a0"),
			fc.constantFrom("[!private]", "[!PRIVATE]- t", "[!note]", "text", "lazy", "", "- item", "1. item", "---", "```", "~~~~", "# h", "## [[Private]]", "### [[Private]] ##", "# [[Public]]", "[[Private]] and text"),
			dangerousText([], 2),
		),
		{ maxLength: 14 },
	)
	.chain((lines) => fc.array(fc.constantFrom("\n", "\r\n", "\r"), { minLength: lines.length, maxLength: lines.length }).map((ends) => lines.map((parts, i) => parts.join("") + (ends[i] ?? "")).join("")));

describe("the shareable version's scanners agree with the way they were first written", () => {
	it("findPrivateCallouts", () => {
		fc.assert(fc.property(fc.oneof(structuredNote, dangerousText(["> [!private]", "\n> ", "lazy"])), (text) => {
			expect(findPrivateCallouts(text)).toEqual(referenceCallouts(text));
		}), { numRuns: 4000 });
	});

	it("findComments", () => {
		fc.assert(fc.property(dangerousText(["%%", "<!--", "-->", "%", "<!---->"]), (text) => {
			expect(findComments(text)).toEqual(referenceComments(text));
		}), { numRuns: 3000 });
	});

	it("mergeRanges, and withoutRanges as the deletions of the merged ranges", () => {
		fc.assert(fc.property(dangerousText([], 30), ranges, (text, given) => {
			const merged = mergeRanges(given);
			expect(merged).toEqual(referenceMerge(given));
			const inText = merged.filter((range) => range.end <= text.length);
			const edited = withoutRanges(text, inText);
			const reference = applyEdits(text, inText.map((range) => ({ ...range, insert: "" })));
			expect(edited.text).toBe(reference.text);
			for (let offset = 0; offset <= edited.text.length; offset++) expect(edited.origin(offset)).toBe(reference.origin(offset));
		}), { numRuns: 2000 });
	});

	it("eachOutermost visits the parts that sorting all of them and dropping the nested ones keeps", () => {
		fc.assert(fc.property(fc.array(ranges, { minLength: 1, maxLength: 4 }), (lists) => {
			const all = lists.flatMap((list, l) => list.map((range, i) => ({ ...range, l, i })));
			let reach = -1;
			const expected: [number, number][] = [];
			for (const part of [...all].sort((a, b) => a.start - b.start || b.end - a.end)) {
				if (part.end <= reach) continue;
				expected.push([part.l, part.i]);
				reach = part.end;
			}
			const partLists: PartList[] = lists.map((list) => ({ ranges: list, source: "", found: list, whatOf: () => "comment" }));
			const visited: [number, number][] = [];
			eachOutermost(partLists, (list, i) => visited.push([partLists.indexOf(list), i]));
			expect(visited).toEqual(expected);
		}), { numRuns: 3000 });
	});

	it("findPrivateWikilinks", () => {
		fc.assert(fc.property(dangerousText(["[[Private]]", "[[Public|Private]]", "![[Secret", "[[a]b]]", "[[Private\\|x]]", "Private"], 30), (text) => {
			expect(findPrivateWikilinks(text, isPrivateTestTarget)).toEqual(referencePrivateWikilinks(text, isPrivateTestTarget));
		}), { numRuns: 3000 });
	});

	it("lineNumbers, asked in any order", () => {
		fc.assert(fc.property(dangerousText(), fc.array(fc.nat(), { maxLength: 30 }), (text, asked) => {
			const starts = referenceLines(text).map(([start]) => start);
			const lineOf = lineNumbers(text);
			for (const offset of asked.map((n) => n % (text.length + 1))) expect(lineOf(offset)).toBe(starts.filter((start) => start <= offset).length);
		}), { numRuns: 2000 });
	});

	it("findPrivateSections", () => {
		fc.assert(fc.property(fc.oneof(structuredNote, dangerousText(["\n# ", "[[Private]]", "\n```"])), (text) => {
			expect(findPrivateSections(text, isPrivateTestTarget)).toEqual(referenceSections(text));
		}), { numRuns: 3000 });
	});
});

describe("the shareable version reads a 1 MB worst case", () => {
	it.each([
		["a heading followed by a run of spaces", repeated(" ", ONE_MB, "# a")],
		["a heading followed by a run of spaces and hashes", repeated(" #", ONE_MB, "## a")],
		["a heading followed by a run of tabs and a hash", repeated("\t", ONE_MB, "# a", "#x")],
	])("%s: kept as it is", (_, text) => {
		expect(share(text).body).toBe(text);
	});

	it("a heading of a private link followed by a run of spaces: the section leaves", () => {
		expect(share(repeated(" ", ONE_MB, "# [[Private]]", " ##")).body).toBe("");
	});

	it("a private callout followed by lazy lines: all of them leave", () => {
		expect(share(repeated("lazy line\n", ONE_MB, "> [!private]\n> x\n", "")).body).toBe("");
	});

	it("lines of x %% c %% y: every comment leaves", () => {
		const lines = Math.ceil(ONE_MB / 12);
		expect(share("x %% c %% y\n".repeat(lines)).omitted).toHaveLength(lines);
	});
});
