import { describe, expect, it } from "vitest";
import { makeShareable } from "../../../src/core/privacy/make-shareable";
import { share } from "./shareable";

describe("every form that names a private note", () => {
	it.each([
		["a block link without #", "See [[Private note^abc]] now.", "See private note now."],
		["a block link with #", "See [[Private note#^abc]] now.", "See private note now."],
		["an embed of a heading", "See\n![[Private note#Section]]\nnow.", "See\n\nnow."],
		["one closing bracket", "See [[Private note] now.", "See private note now."],
		["left open", "See [[Private note", "See private note"],
		["an open markdown link", "See [x](Private%20note.md", "See private note"],
		["an obsidian address", "See obsidian://open?vault=V&file=Private%20note now.", "See private note now."],
		["an obsidian address in a link", "See [it](obsidian://open?vault=V&file=Private%20note) now.", "See private note now."],
	])("%s", (_, body, shared) => {
		expect(share(body).body).toBe(shared);
	});

	it("leaves forms that name a public note as they are", () => {
		const body = "[[Public^abc]] [[Public] [[Public obsidian://open?vault=V&file=Public";
		expect(share(body).body).toBe(body);
	});
});

describe("sections about a private goal", () => {
	it("leave with their heading, up to the next heading of the same or a higher level", () => {
		const body = "## My goals\n\n### [[Private goal]]\n\nSECRET text\n#### More\nSECRET\n\n### [[Public goal]]\n\nKept\n\n## Next\nKept too\n";
		const result = share(body);
		expect(result.body).toBe("## My goals\n\n### [[Public goal]]\n\nKept\n\n## Next\nKept too\n");
		expect(result.omitted.map((o) => o.what)).toEqual(["section"]);
	});

	it("keep a heading that says more than the link", () => {
		expect(share("## Talk with [[Private Jan]]\nText").body).toBe("## Talk with private note\nText");
	});

	it("ignore headings in code", () => {
		expect(share("### [[Private goal]]\nSECRET\n```\n## not a heading\n```\nSECRET\n## Next\nKept").body).toBe("## Next\nKept");
	});
});

describe("lines after a private callout", () => {
	it("keeps a new list item, which Obsidian shows outside the box", () => {
		const body = "- item one\n  > [!private]\n  > SECRET\n- item two, see [[Public note]]\n";
		expect(share(body).body).toBe("- item one\n- item two, see [[Public note]]\n");
	});

	it.each([
		["a heading", "> [!private]\n> SECRET\n## Next\n", "## Next\n"],
		["a fence", "> [!private]\n> SECRET\n```\ncode\n```\n", "```\ncode\n```\n"],
		["a thematic break", "> [!private]\n> SECRET\n***\n", "***\n"],
		["a line after an empty quote line", "> [!private]\n> SECRET\n>\nOutside\n", "Outside\n"],
		["a numbered list starting at 1", "> [!private]\n> SECRET\n1. First\n", "1. First\n"],
	])("keeps %s", (_, body, shared) => {
		expect(share(body).body).toBe(shared);
	});

	it.each([
		["a paragraph line", "> [!private]\n> SECRET\nSECRET lazily\n\nKept", "\nKept"],
		["a numbered item not starting at 1", "> [!private]\n> SECRET\n2. SECRET\n\nKept", "\nKept"],
		["an indented list marker", "> [!private]\n> SECRET\n    - SECRET\n\nKept", "\nKept"],
	])("hides %s, a lazy continuation", (_, body, shared) => {
		expect(share(body).body).toBe(shared);
	});
});

describe("link properties in a shareable copy", () => {
	it("read plain text as a note's name", () => {
		const result = share("", { intervisie: "report", session: "Session with Private Jan", case: "[[Private case]]", trajectory: "Team", question: "About Private Jan?" });
		expect(result.frontmatter).toEqual({ intervisie: "report", session: "private note", case: "private note", trajectory: "Team", question: "About Private Jan?" });
	});

	it("drop a private goal together with its rating", () => {
		const result = share("", { goals: ["[[Say no]]", "Private goal", "[[Listen]]", "[[Private other|x]]"], ratings: [3, 9, 5, 8] });
		expect(result.frontmatter).toEqual({ goals: ["[[Say no]]", "[[Listen]]"], ratings: [3, 5] });
		const single = share("", { ratings: 9, goals: "Private goal" });
		expect(single.frontmatter).toEqual({ ratings: [] });
	});

	it("drop a property whose name links to a private note", () => {
		expect(share("", { "[[Private note]]": "x", kept: 1 }).frontmatter).toEqual({ kept: 1 });
	});
});

describe("a whole note", () => {
	it("is private with a private tag in its body or its properties", () => {
		const make = (body: string, frontmatter: Record<string, unknown> | null = null) => makeShareable({ frontmatter, body, isPrivateTarget: () => false, privateLabel: "p" }).kind;
		expect(make("Text #private")).toBe("private-note");
		expect(make("Text", { tags: ["private/work"] })).toBe("private-note");
		expect(make("Text #privacy")).toBe("shareable");
	});
});

describe("a label after a #", () => {
	it("is no tag, so the copy does not become private itself", () => {
		expect(share("See #[[Private note]] and #[[Private note").body).toBe("See \\#private note and \\#private note");
		expect(share("", { note: "#[[Private note]]" }).frontmatter).toEqual({ note: "\\#private note" });
		const again = share(share("#[[Private").body);
		expect(again.body).toBe("\\#private note");
	});
});
