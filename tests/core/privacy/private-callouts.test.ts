import { describe, expect, it } from "vitest";
import { findPrivateCallouts, isPrivateCalloutHeader } from "../../../src/core/privacy/private-callouts";
import { quotePrefix } from "../../../src/core/privacy/quote-prefix";

function hidden(text: string): string[] {
	return findPrivateCallouts(text).map((range) => text.slice(range.start, range.end));
}

describe("isPrivateCalloutHeader", () => {
	it.each(["[!private]", "[!PRIVATE]", "[!Private]- Title", "[!private]+", " [! private ] x", "[!privé]", "[!Prive]", "[!private|wide]"])("reads %j", (content) => {
		expect(isPrivateCalloutHeader(content)).toBe(true);
	});

	it.each(["[!note]", "[!privately]", "text [!private]", "[private]", "[!]", ""])("ignores %j", (content) => {
		expect(isPrivateCalloutHeader(content)).toBe(false);
	});
});

describe("quotePrefix", () => {
	it.each([
		["> a", 1, " a"],
		[">> a", 2, " a"],
		["> > a", 2, " a"],
		["  > [!x]", 1, " [!x]"],
		["- > a", 1, " a"],
		["> 1. > a", 2, " a"],
		["- a", 0, "- a"],
		["plain", 0, "plain"],
	])("reads %j", (line, depth, content) => {
		expect(quotePrefix(line)).toEqual({ depth, content });
	});
});

describe("findPrivateCallouts", () => {
	it("takes the callout and its continuation lines, with their line endings", () => {
		expect(hidden("before\n> [!private] Title\n> secret\n> more\n\nafter")).toEqual(["> [!private] Title\n> secret\n> more\n"]);
	});

	it("keeps CRLF inside the hidden lines", () => {
		expect(hidden("a\r\n> [!private]\r\n> s\r\n\r\nb")).toEqual(["> [!private]\r\n> s\r\n"]);
	});

	it("hides lazy continuation lines up to a blank line", () => {
		expect(hidden("> [!private]\n> s\nlazy one\nlazy two\n\nafter")).toEqual(["> [!private]\n> s\nlazy one\nlazy two\n"]);
	});

	it("goes on over a blank quote line at its own depth", () => {
		expect(hidden("> [!private]\n> s\n>\n> [!note] still inside\n\nafter")).toEqual(["> [!private]\n> s\n>\n> [!note] still inside\n"]);
	});

	it("leaves the outer callout when the private one is nested", () => {
		const text = "> [!note] Outer\n> kept\n> > [!private]\n> > secret\n>\n> kept too";
		expect(hidden(text)).toEqual(["> > [!private]\n> > secret\n"]);
	});

	it("hides a shallower quote line that follows directly: a lazy continuation", () => {
		expect(hidden("> [!note]\n> > [!private]\n> > secret\n> lazy\n>\n> kept")).toEqual(["> > [!private]\n> > secret\n> lazy\n"]);
	});

	it("finds a callout inside a list item", () => {
		expect(hidden("- item\n  > [!PRIVATE]-\n  > secret\n- next")).toEqual(["  > [!PRIVATE]-\n  > secret\n"]);
		expect(hidden("- item\n  > [!PRIVATE]-\n  > secret\n\n- next")).toEqual(["  > [!PRIVATE]-\n  > secret\n"]);
		expect(hidden("- > [!private]\n  > secret\n\nafter")).toEqual(["- > [!private]\n  > secret\n"]);
	});

	it("takes a private header that is not the first line of its quote from there on", () => {
		expect(hidden("> quoted\n> [!private]\n> secret")).toEqual(["> [!private]\n> secret"]);
	});

	it("hides a callout in a code fence too", () => {
		expect(hidden("```\n> [!private]\n> s\n```")).toEqual(["> [!private]\n> s\n"]);
	});

	it("finds several", () => {
		expect(hidden("> [!private]\n> a\n\n> [!note]\n\n>> [!Private]\n>> b")).toEqual(["> [!private]\n> a\n", ">> [!Private]\n>> b"]);
	});

	it("ignores the words outside a quote", () => {
		expect(hidden("[!private]\ntext")).toEqual([]);
	});
});
