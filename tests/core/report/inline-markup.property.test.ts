import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { openActions, splitDue } from "../../../src/core/notes/actions";
import { escapeMarkdown } from "../../../src/core/report/escape";
import { markdownLinksAsText, replaceWikilinks, withoutEmphasis } from "../../../src/core/report/inline-markup";
import { taskLines } from "../../../src/core/report/task-lines";
import { plainInline, textBlocks } from "../../../src/core/report/text-blocks";
import { dangerousText, ONE_MB, repeated } from "../../scan/dangerous-text";

// The regexes these scanners replace, kept as the plainest statement of their answers.
const WIKILINK = /!?\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g;
const showLink = (target: string, alias: string | undefined): string => `<${target}|${alias ?? "-"}>`;
const referenceWikilinks = (text: string): string => text.replace(WIKILINK, (_, target: string, alias: string | undefined) => showLink(target, alias));
const referenceMarkdownLinks = (text: string): string => text.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1");
const referenceEmphasis = (text: string): string => text.replace(/(\*\*|__|==|~~)(\S(?:.*?\S)?)\1/g, "$2");
const referencePlainInline = (text: string): string =>
	text
		.replace(WIKILINK, (_, target: string, alias: string | undefined) => (alias?.trim() ? alias : target.replace(/#\^?/g, " ")))
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
		.replace(/(\*\*|__|==|~~)(\S(?:.*?\S)?)\1/g, "$2")
		.replace(/`([^`]*)`/g, "$1")
		.replace(/\s\^[\w-]+\s*$/, "")
		.replace(/\s+/g, " ")
		.trim();
function referenceSplitDue(taskText: string): { text: string; due: string | null } {
	let text = taskText;
	let due: string | null = null;
	for (const pattern of [/\s*(?:📅|📆|🗓️?)\s*(\d{4}-\d{2}-\d{2})/u, /\s*\[due::\s*(\d{4}-\d{2}-\d{2})\s*\]/i]) {
		const found = pattern.exec(text);
		if (found?.[1]) {
			due = found[1];
			text = text.replace(pattern, "");
		}
	}
	return { text: text.trim(), due };
}
function referenceTaskLines(body: string): { text: string; due: string | null; done: boolean }[] {
	return body.split(/\r?\n/).flatMap((line) => {
		const match = /^\s*(?:>\s*)*[-*+] \[(.)\]\s+(.*)$/.exec(line);
		if (!match?.[2] || match[1] === undefined || match[1] === "-") return [];
		const { text, due } = referenceSplitDue(match[2]);
		return text ? [{ text, due, done: match[1] === "x" || match[1] === "X" }] : [];
	});
}
/** Open as the Tasks plugin reads it: any mark but done (`x`) or cancelled (`-`), also in a quote or callout. */
function referenceOpenActions(body: string): { text: string; due: string | null }[] {
	return body.split(/\r?\n/).flatMap((line) => {
		const match = /^\s*(?:>\s*)*[-*+] \[([^xX-])\]\s+(.*)$/.exec(line);
		if (!match?.[2]) return [];
		const action = referenceSplitDue(match[2]);
		return action.text ? [action] : [];
	});
}
const referenceEscapeSpaces = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ");

const inline = dangerousText(["[[a]]", "[[a|b]]", "[a](b)", "![[a]]", "![a](b)", "**a**", "~~~", "===", "a ", " a", "#^", "`a`"]);

describe("inline markup scanners agree with the regexes they replace", () => {
	it("replaceWikilinks", () => {
		fc.assert(fc.property(inline, (text) => {
			expect(replaceWikilinks(text, showLink)).toBe(referenceWikilinks(text));
		}), { numRuns: 3000 });
	});
	it("markdownLinksAsText", () => {
		fc.assert(fc.property(inline, (text) => {
			expect(markdownLinksAsText(text)).toBe(referenceMarkdownLinks(text));
		}), { numRuns: 3000 });
	});
	it("withoutEmphasis", () => {
		fc.assert(fc.property(inline, (text) => {
			expect(withoutEmphasis(text)).toBe(referenceEmphasis(text));
		}), { numRuns: 3000 });
	});
	it("plainInline", () => {
		fc.assert(fc.property(inline, (text) => {
			expect(plainInline(text)).toBe(referencePlainInline(text));
		}), { numRuns: 3000 });
	});
	it("taskLines", () => {
		fc.assert(fc.property(dangerousText(["- [ ] ", "- [x] ", "> - [-] ", "\n- [ ] a", "📅 2026-01-02", " 📅 2026-01-02 ", "[due:: 2026-01-02]"]), (body) => {
			expect(taskLines(body)).toEqual(referenceTaskLines(body));
		}), { numRuns: 3000 });
	});
	it("splitDue", () => {
		fc.assert(fc.property(dangerousText(["📅 2026-01-02", " 📆 2026-01-02 ", "🗓️2026-01-02", " [due:: 2026-01-02] ", "[DUE::2026-01-02 ]"], 12), (text) => {
			expect(splitDue(text)).toEqual(referenceSplitDue(text));
		}), { numRuns: 3000 });
	});
	it("openActions", () => {
		fc.assert(fc.property(dangerousText(["- [ ] ", "* [ ] a", "\n- [ ] a", " 📅 2026-01-02"]), (body) => {
			expect(openActions(body)).toEqual(referenceOpenActions(body));
		}), { numRuns: 3000 });
	});
	it("escapeMarkdown folds white space with line breaks as before", () => {
		fc.assert(fc.property(dangerousText(["\n", " \n ", "\r"]), (text) => {
			expect(escapeMarkdown(text)).toBe(escapeMarkdown(referenceEscapeSpaces(text)));
		}), { numRuns: 3000 });
	});
});

describe("report text scanners finish on a 1 MB worst case", () => {
	it.each([
		["a line of [", repeated("[")],
		["a line of [[", repeated("[[")],
		["a line of [[a|", repeated("[[a|")],
		["a line of [a](", repeated("[a](")],
		["a line of [](", repeated("[](")],
		["a line of **a ", repeated("**a ")],
		["a line of ~~", repeated("~~")],
		["a task line with a run of spaces and a line separator", repeated(" ", ONE_MB, "- [ ] ", "a\u2028")],
		["a task with a run of spaces before its text", repeated(" ", ONE_MB, "- [ ] a", "b")],
	])("%s", (_, text) => {
		expect(Array.isArray(textBlocks(text))).toBe(true);
		expect(typeof plainInline(text)).toBe("string");
		expect(Array.isArray(taskLines(text))).toBe(true);
		expect(typeof escapeMarkdown(text)).toBe("string");
		expect(Array.isArray(openActions(text))).toBe(true);
	});
});
