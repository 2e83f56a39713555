import { describe, expect, it } from "vitest";
import { extractMetadata } from "../../src/cli/markdown-metadata";

const links = (text: string): string[] => extractMetadata(text).links.map((l) => l.link);
const tags = (text: string): string[] => extractMetadata(text).tags.map((t) => t.tag);

describe("extractMetadata", () => {
	it("reads a CRLF note like an LF one", () => {
		const lf = "---\nintervisie: goal\ngoals:\n  - \"[[A|x]]\"\n---\n# T\n\nSee [[B#h]] #tag\n```\n[[C]]\n```\n";
		const crlf = extractMetadata(lf.replace(/\n/g, "\r\n"));
		expect(crlf.frontmatter).toEqual({ intervisie: "goal", goals: ["[[A|x]]"] });
		expect(crlf.frontmatterLinks).toEqual([{ key: "goals.0", link: "A", original: "[[A|x]]", displayText: "x" }]);
		expect(crlf.links.map((l) => l.link)).toEqual(["B#h"]);
		expect(crlf.tags.map((t) => t.tag)).toEqual(["#tag"]);
		expect(crlf.headings.map((h) => h.heading)).toEqual(["T"]);
		expect(crlf.body).toBe("# T\r\n\r\nSee [[B#h]] #tag\r\n```\r\n[[C]]\r\n```\r\n");
	});

	it("skips code spans, fenced code and HTML comments, but not %% comments", () => {
		const text = "`[[A]]` [[B]]\n~~~\n[[C]] #c\n~~~\n<!-- [[D]]\n#d -->\n%% [[E]] #e %%\n> ```\n> [[F]]\n> ```\n";
		expect(links(text)).toEqual(["B", "E"]);
		expect(tags(text)).toEqual(["#e"]);
	});

	it("keeps an unclosed fence open to the end", () => {
		expect(links("[[A]]\n```\n[[B]]\n")).toEqual(["A"]);
	});

	it("separates embeds from links and skips external markdown links", () => {
		const meta = extractMetadata("![[pic.png]] ![x](img.png) [a](https://x.org) [b](<My note.md>) [c](Note%20C.md \"t\")");
		expect(meta.embeds.map((e) => e.link)).toEqual(["pic.png", "img.png"]);
		expect(meta.links.map((l) => [l.link, l.displayText])).toEqual([
			["My note.md", "b"],
			["Note C.md", "c"],
		]);
	});

	it("does not read tags from inside links, URLs, or after a non-space", () => {
		expect(tags("[[A#b]] a#b https://x.org/#c #ok #123 #x/y-z_1 \\#no")).toEqual(["#ok", "#x/y-z_1"]);
	});

	it("reads an alias behind an escaped pipe, as in a table", () => {
		const meta = extractMetadata("| a | [[Note\\|alias]] |\n");
		expect(meta.links.map((l) => [l.link, l.displayText])).toEqual([["Note", "alias"]]);
	});

	it("needs a closing delimiter line for a frontmatter block", () => {
		const meta = extractMetadata("---\nintervisie: goal\n\nno end [[A]]");
		expect(meta.frontmatter).toBeNull();
		expect(meta.frontmatterPosition).toBeNull();
		expect(meta.links.map((l) => l.link)).toEqual(["A"]);
		expect(meta.body).toBe("---\nintervisie: goal\n\nno end [[A]]");
	});

	it("treats an empty block as no frontmatter", () => {
		const meta = extractMetadata("---\n---\nbody");
		expect(meta.frontmatter).toBeNull();
		expect(meta.yamlError).toBeNull();
		expect(meta.body).toBe("body");
	});

	it("reports malformed YAML and whether it is ours", () => {
		const ours = extractMetadata("---\nintervisie: goal\ngoals: [a\n---\n[[A]]");
		expect(ours.frontmatter).toBeNull();
		expect(ours.yamlError).toEqual({ reason: expect.stringContaining("line") as string, ours: true });
		expect(ours.links.map((l) => l.link)).toEqual(["A"]);
		expect(extractMetadata("---\ntitle: [a\n---\n").yamlError?.ours).toBe(false);
	});

	it("lists only whole-value wikilinks from frontmatter", () => {
		const meta = extractMetadata('---\na: "[[X]]"\nb: "see [[Y]]"\nc:\n  - "[[Z#h]]"\n  - 3\n---\n');
		expect(meta.frontmatterLinks).toEqual([
			{ key: "a", link: "X", original: "[[X]]", displayText: "X" },
			{ key: "c.0", link: "Z#h", original: "[[Z#h]]", displayText: "Z > h" },
		]);
	});
});
