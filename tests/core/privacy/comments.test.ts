import { describe, expect, it } from "vitest";
import { findComments } from "../../../src/core/privacy/comments";

function hidden(text: string): string[] {
	return findComments(text).map((range) => text.slice(range.start, range.end));
}

describe("findComments", () => {
	it("finds inline and multi-line comments", () => {
		expect(hidden("a %% one %% b %%two\nlines%% c")).toEqual(["%% one %%", "%%two\nlines%%"]);
	});

	it("runs an unclosed comment to the end of the note", () => {
		expect(hidden("a %% one %% b %% open\nrest")).toEqual(["%% one %%", "%% open\nrest"]);
	});

	it("reads HTML comments too, whichever opens first", () => {
		expect(hidden("a <!-- x %% y --> b %% <!-- %% c")).toEqual(["<!-- x %% y -->", "%% <!-- %%"]);
		expect(hidden("a <!-- open")).toEqual(["<!-- open"]);
	});

	it("treats %% inside code as a comment as well", () => {
		expect(hidden("`%% code %%`\n```\n%%\n```")).toEqual(["%% code %%", "%%\n```"]);
	});

	it("pairs runs of percent signs from the left", () => {
		expect(hidden("%%%%x")).toEqual(["%%%%"]);
		expect(hidden("%%%x")).toEqual(["%%%x"]);
	});
});
