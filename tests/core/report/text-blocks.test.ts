import { describe, expect, it } from "vitest";
import { plainInline, plainText, textBlocks, withoutTasksAndComments } from "../../../src/core/report/text-blocks";

describe("textBlocks", () => {
	it("reads paragraphs and lists, and drops comments, tasks, rules and fences", () => {
		const text = ["First line", "second line", "", "%% a prompt %%", "- one", "* two", "1. three", "", "- [ ] a task", "---", "```", "code", "```", "After"].join("\n");
		expect(textBlocks(text)).toEqual([
			{ kind: "paragraph", lines: ["First line", "second line"] },
			{ kind: "list", items: ["one", "two", "three"] },
			{ kind: "paragraph", lines: ["code"] },
			{ kind: "paragraph", lines: ["After"] },
		]);
	});

	it("keeps the words of headings, quotes and callouts", () => {
		expect(textBlocks("### Sub\n> [!note] Title\n> inside\n")).toEqual([{ kind: "paragraph", lines: ["Sub", "Title", "inside"] }]);
	});

	it("drops an unclosed comment to the end, as Obsidian hides it", () => {
		expect(textBlocks("Shown %% hidden\nstill hidden")).toEqual([{ kind: "paragraph", lines: ["Shown"] }]);
	});

	it("gives nothing for an empty section or one with only its prompt", () => {
		expect(textBlocks("\n%% What did you learn? %%\n\n")).toEqual([]);
		expect(plainText("%% prompt %%")).toBe("");
	});
});

describe("plainInline", () => {
	it("shows links as their text and drops emphasis, code and block ids", () => {
		expect(plainInline("See [[Goals/Listen|my goal]] and [[Listen#Plan]] and [site](https://x.org) ^abc123")).toBe("See my goal and Listen Plan and site");
		expect(plainInline("**bold** __also__ ==marked== `code` ~~gone~~")).toBe("bold also marked code gone");
		expect(plainInline("2 * 3 * 4")).toBe("2 * 3 * 4");
	});
});

describe("withoutTasksAndComments", () => {
	it("keeps the text as written, without tasks and comments", () => {
		expect(withoutTasksAndComments("%% prompt %%\nI learned **this**.\n\n\n- [ ] Do it 📅 2026-02-02\n- a point")).toBe("I learned **this**.\n\n- a point");
	});
});
