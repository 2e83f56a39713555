import fc from "fast-check";
import { describe, expect, it } from "vitest";
import yaml from "js-yaml";
import { expandedSize } from "../../src/core/yaml/expanded-size";

/** The pieces YAML builds values from, aliases (`*`) left out: anchors, merges, flow and block collections, tags. */
const PIECES = ["-", " ", "  ", "\n", ":", "a", "b:", "[", "]", "{", "}", ",", "?", "&x ", "<<: ", "'", '"', "!!str ", "~", "null", "#", "|", ">", "1"];

describe("properties without an alias", () => {
	it("hold at most two values for each character of their text", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
				const text = pieces.join("");
				let value: unknown;
				try {
					value = yaml.load(text, { schema: yaml.CORE_SCHEMA });
				} catch {
					return;
				}
				expect(expandedSize(value, Number.MAX_SAFE_INTEGER)).toBeLessThanOrEqual(2 * text.length + 2);
			}),
			{ numRuns: 5000 },
		);
	});
});
