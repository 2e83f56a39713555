import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { topLevelEntries } from "../../../src/core/templates/split-frontmatter";
import { dangerousText, ONE_MB, repeated } from "../../scan/dangerous-text";

function referenceTopLevelEntries(yamlLines: readonly string[]): { key: string; lines: string[] }[] {
	const entries: { key: string; lines: string[] }[] = [];
	for (const line of yamlLines) {
		const key = /^(["']?)([^\s#"':][^:]*?)\1\s*:(\s|$)/.exec(line);
		if (key?.[2]) entries.push({ key: key[2].trim(), lines: [line] });
		else if (entries.length) entries[entries.length - 1]?.lines.push(line);
		else entries.push({ key: "", lines: [line] });
	}
	return entries;
}

describe("topLevelEntries agrees with the key regex it replaces", () => {
	it("on lines built of keys, quotes, colons and white space", () => {
		fc.assert(fc.property(fc.array(dangerousText(["key", "\"k\"", "'k'", ": ", ":", "\"", "'", "  - a", "#"], 8), { maxLength: 8 }), (lines) => {
			expect(topLevelEntries(lines)).toEqual(referenceTopLevelEntries(lines));
		}), { numRuns: 3000 });
	});

	it("finishes on a 1 MB key line with a run of spaces", () => {
		expect(topLevelEntries([repeated(" ", ONE_MB, "a", "b: 1")])[0]?.key).toBe(`a${" ".repeat(ONE_MB)}b`);
		expect(topLevelEntries([repeated(" ", ONE_MB, "\"a", "b\" : 1")])).toHaveLength(1);
	});
});
