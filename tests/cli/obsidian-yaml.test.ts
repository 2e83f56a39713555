import { describe, expect, it } from "vitest";
import { parseObsidianYaml, yamlEngine } from "../../src/cli/obsidian-yaml";

describe("parseObsidianYaml", () => {
	it("keeps dates as strings and types numbers, booleans and empty values", () => {
		expect(parseObsidianYaml("day: 2024-07-21\nat: 2024-07-21T12:37:00\nn: 246\nok: true\nempty:\n")).toEqual({
			day: "2024-07-21",
			at: "2024-07-21T12:37:00",
			n: 246,
			ok: true,
			empty: null,
		});
	});

	it("gives null when there is no mapping", () => {
		expect(parseObsidianYaml("")).toBeNull();
		expect(parseObsidianYaml("# only a comment")).toBeNull();
		expect(parseObsidianYaml("- a list")).toBeNull();
	});

	it("throws a readable reason for malformed YAML", () => {
		expect(() => parseObsidianYaml("goals: [a")).toThrow(/line \d+, column \d+/);
		expect(() => parseObsidianYaml("a: 1\na: 2")).toThrow(/duplicated mapping key/);
	});

	it("serves gray-matter, which wants an object", () => {
		expect(yamlEngine.parse("")).toEqual({});
		expect(yamlEngine.parse("a: 2024-01-02")).toEqual({ a: "2024-01-02" });
	});
});
