import { describe, expect, it } from "vitest";
import { destinationCandidates } from "../../../src/core/privacy/link-destination";
import { findPrivateLinks } from "../../../src/core/privacy/private-links";

const PRIVATE = new Set(["Jan", "Jan.md", "Jan de Vries.md", "Notes/Jan", "Jan (2).md"]);
const isPrivate = (target: string): boolean => PRIVATE.has(target);

function found(text: string): [string, string][] {
	return findPrivateLinks(text, isPrivate).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);
}

describe("wikilinks", () => {
	it.each(["[[Jan]]", "[[Jan|Jan de Vries]]", "[[Jan#Goals|alias]]", "[[Jan#^block]]", "[[Notes/Jan]]", "[[Jan.md]]", "[[Jan\\|alias]]", "[[ Jan ]]"])(
		"finds the link %j",
		(link) => {
			expect(found(`see ${link} here`)).toEqual([["link", link]]);
		},
	);

	it.each(["![[Jan]]", "![[Jan#heading]]", "![[Jan|300]]"])("finds the embed %j", (embed) => {
		expect(found(`a ${embed} b`)).toEqual([["embed", embed]]);
	});

	it("leaves links to other notes and to headings of this note", () => {
		expect(found("[[Piet]] [[#Jan]] [[Janssen]] [[Piet|Jan]]")).toEqual([]);
	});

	it("finds the inner link of extra brackets and a single ] in an alias", () => {
		expect(found("[[[Jan]]]")).toEqual([["link", "[[Jan]]"]]);
		expect(found("[[Jan|a]b]]")).toEqual([["link", "[[Jan|a]b]]"]]);
	});
});

describe("markdown links", () => {
	it.each(["[text](Jan.md)", "[Jan de Vries](<Jan de Vries.md>)", "[x](Jan%20de%20Vries.md)", "[x](Jan.md#Goals)", '[x](Jan.md "title")', "[a [b] c](Jan.md)", "[x](Jan (2).md)", "[x](Jan de Vries.md)"])(
		"finds the link %j",
		(link) => {
			expect(found(`see ${link} here`)).toEqual([["link", link]]);
		},
	);

	it("finds an image of a private note as an embed", () => {
		expect(found("a ![alt](Jan.md) b")).toEqual([["embed", "![alt](Jan.md)"]]);
	});

	it("takes the outer link when a private image sits inside it", () => {
		expect(found("[![x](Jan.md)](Jan.md)")).toEqual([["link", "[![x](Jan.md)](Jan.md)"]]);
		expect(found("[![x](Jan.md)](Piet.md)")).toEqual([["embed", "![x](Jan.md)"]]);
	});

	it("finds link text over lines within a paragraph", () => {
		expect(found("[two\nlines](Jan.md)")).toEqual([["link", "[two\nlines](Jan.md)"]]);
	});

	it("replaces only the destination when the opening bracket is missing", () => {
		expect(found("text\n\nno opening](Jan.md) x")).toEqual([["link", "](Jan.md)"]]);
	});

	it("leaves other links", () => {
		expect(found("[x](Piet.md) [x](https://example.org/Jan.md) ![](photo.png)")).toEqual([]);
	});
});

describe("reference links", () => {
	it("drops the definition and every use of it", () => {
		const text = "See [Jan de Vries][j] and [j][] and [J].\n\n[j]: <Jan de Vries.md> \"Jan\"\n[p]: Piet.md";
		expect(found(text)).toEqual([
			["link", "[Jan de Vries][j]"],
			["link", "[j][]"],
			["link", "[J]"],
			["link", '[j]: <Jan de Vries.md> "Jan"'],
		]);
	});
});

describe("destinationCandidates", () => {
	it("decodes and drops the heading", () => {
		expect(destinationCandidates("Jan%20de%20Vries.md#Goals")).toEqual(["Jan de Vries.md"]);
		expect(destinationCandidates("<Jan de Vries.md>")).toEqual(["Jan de Vries.md"]);
		expect(destinationCandidates("Jan.md 'title'")).toEqual(["Jan.md", "Jan.md 'title'"]);
		expect(destinationCandidates("100%.md")).toEqual(["100%.md"]);
		expect(destinationCandidates("#heading")).toEqual([]);
	});
});
