import { describe, expect, it } from "vitest";
import { printableJson } from "../../../src/core/text/printable-json";
import { printableName } from "../../../src/core/text/printable-name";

describe("printableName", () => {
	it("leaves ordinary names alone, also non-Latin ones and emoji", () => {
		for (const name of ["Goals/Listen better.md", "Doelen/Luisteren é.md", "目標/聞く.md", "مرحبا.md", "🎯 goal.md", "a\\b.md"]) {
			expect(printableName(name)).toBe(name);
		}
	});

	it("escapes line breaks, tabs and escape codes, so a name cannot fake a line or clear the screen", () => {
		expect(printableName("a\nb")).toBe("a\\nb");
		expect(printableName("a\r0 errors")).toBe("a\\r0 errors");
		expect(printableName("x\t\u001b[2J.md")).toBe("x\\t\\x1b[2J.md");
		expect(printableName("\u0000\u0007\u007f")).toBe("\\x00\\x07\\x7f");
	});

	it("escapes C1 controls, line and paragraph separators and bidirectional overrides", () => {
		expect(printableName("\u0085\u009b")).toBe("\\x85\\x9b");
		expect(printableName("\u2028\u2029")).toBe("\\u2028\\u2029");
		expect(printableName("\u202a\u202b\u202c\u202d\u202e")).toBe("\\u202a\\u202b\\u202c\\u202d\\u202e");
		expect(printableName("\u2066\u2067\u2068\u2069")).toBe("\\u2066\\u2067\\u2068\\u2069");
		expect(printableName("invoice\u202Egpj.md")).toBe("invoice\\u202egpj.md");
	});
});

describe("printableJson", () => {
	it("gives JSON that parses back to the same value, with nothing a terminal acts on", () => {
		const value = { path: "a\n\u001b[2J\u007f\u0085\u2028\u202e\u2066.md", n: 1 };
		const json = printableJson(value);
		expect(JSON.parse(json)).toEqual(value);
		for (const char of json) expect(char.codePointAt(0)).toBeGreaterThanOrEqual(0x20);
		expect(json).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
	});

	it("keeps the line breaks of indented JSON", () => {
		expect(printableJson({ a: "\u202e" }, 2)).toBe('{\n  "a": "\\u202e"\n}');
	});
});
