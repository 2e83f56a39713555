import { describe, expect, it } from "vitest";
import fc from "fast-check";
import yaml from "js-yaml";
import { renderFrontmatter, renderString } from "../../../src/core/yaml/render-frontmatter";

function parse(text: string): unknown {
	const inner = text.replace(/^---\n/, "").replace(/---\n$/, "");
	return yaml.load(inner, { schema: yaml.CORE_SCHEMA });
}

describe("renderFrontmatter", () => {
	it("writes dates plain, links quoted, numbers as numbers, lists as blocks", () => {
		const text = renderFrontmatter({ intervisie: "report", date: "2026-03-02", goals: ["[[Luisteren]]"], ratings: [6], schema: 1 });
		expect(text).toBe('---\nintervisie: report\ndate: 2026-03-02\ngoals:\n  - "[[Luisteren]]"\nratings:\n  - 6\nschema: 1\n---\n');
	});

	it("quotes text that YAML would read as another type", () => {
		for (const s of ["true", "no", "12", "1e3", "null", "~", "0x1f", "-5", ".5"]) {
			expect(renderString(s)).toBe(JSON.stringify(s));
		}
	});

	it("keeps empty values empty and skips undefined", () => {
		expect(renderFrontmatter({ a: null, b: undefined, c: [] })).toBe("---\na:\nc: []\n---\n");
	});

	it("reads back exactly what it wrote, for any text, number, boolean or list", () => {
		const scalar = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
		const value = fc.oneof(scalar, fc.array(fc.oneof(fc.string(), fc.integer(), fc.boolean())));
		const key = fc.string({ minLength: 1, maxLength: 12 }).filter((k) => k.trim() === k && k !== "<<");
		fc.assert(
			fc.property(fc.dictionary(key, value), (data) => {
				const expected = JSON.parse(JSON.stringify(data, (_k, v: unknown) => (Object.is(v, -0) ? 0 : v))) as Record<string, unknown>;
				const parsed = (parse(renderFrontmatter(data)) ?? {}) as Record<string, unknown>;
				expect(parsed).toEqual(expected);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("renderString: numbers in other bases stay text", () => {
	it.each(["0b0", "-0b101", "+0x1F", "0o17", "-.inf", "0b1_0"])("%s", (value) => {
		expect(renderString(value)).toBe(JSON.stringify(value));
	});
});
