import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCustomMethod, type ParsedMethod } from "../../../src/core/methods/custom-method";

const PATH = "Methods/Ours.md";

const stepText = fc.oneof(
	fc.string(),
	fc.tuple(fc.string({ maxLength: 30 }), fc.integer({ min: -10, max: 300 }), fc.constantFrom(" ", " - ", " — ", ": ", " (", ", ")).map(([name, n, sep]) => `${name}${sep}${n}${sep === " (" ? " min)" : ""}`),
);

const stepItem = fc.oneof(
	stepText,
	fc.record({ name: fc.oneof(fc.string(), fc.anything()), minutes: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.anything()) }, { requiredKeys: [] }),
	fc.record({ name: stepText, minutes: fc.integer({ min: 1, max: 240 }), purpose: fc.anything(), prompts: fc.anything() }, { requiredKeys: ["name"] }),
	fc.dictionary(fc.string({ maxLength: 10 }), fc.anything(), { maxKeys: 2 }),
	fc.anything(),
);

/** Frontmatter that looks like a method note, with any value in any slot. */
const methodFrontmatter = fc.record(
	{
		intervisie: fc.oneof({ arbitrary: fc.constantFrom("method", "Methode", null), weight: 4 }, { arbitrary: fc.anything(), weight: 1 }),
		name: fc.anything(),
		description: fc.anything(),
		fits: fc.anything(),
		steps: fc.oneof(fc.array(stepItem, { maxLength: 12 }), fc.dictionary(fc.string(), fc.anything()), fc.anything()),
		roles: fc.oneof(fc.array(fc.oneof(fc.constantFrom("inbrenger", "facilitator", "observer"), fc.anything())), fc.anything()),
		prepare: fc.oneof(fc.array(fc.oneof(fc.string(), fc.record({ heading: fc.anything(), prompt: fc.anything() }, { requiredKeys: [] }))), fc.anything()),
	},
	{ requiredKeys: [] },
);

const markdownLine = fc.oneof(
	fc.string(),
	fc.tuple(fc.constantFrom("", "  ", "\t", "    "), fc.constantFrom("- ", "* ", "1. ", "2) ", "- [ ] "), stepText).map(([indent, marker, text]) => `${indent}${marker}${text}`),
	fc.constantFrom("```", "## Steps", "# Stappen", "---", "> - quoted 5", ""),
);
const body = fc.oneof(fc.string(), fc.array(markdownLine, { maxLength: 20 }).map((lines) => lines.join("\n")));

const frontmatter = fc.oneof(methodFrontmatter, fc.constant(null), fc.dictionary(fc.string(), fc.anything()), fc.anything()) as fc.Arbitrary<Record<string, unknown> | null>;

function checkInvariants(result: ParsedMethod): void {
	for (const problem of result.problems) {
		expect(problem.path).toBe(PATH);
		expect(problem.message).toContain(PATH);
		expect(["error", "warning"]).toContain(problem.severity);
	}
	const { method } = result;
	if (!method) return;
	expect(result.problems.some((p) => p.severity === "error")).toBe(false);
	expect(method.id.startsWith("custom:")).toBe(true);
	expect(method.name.en.trim()).not.toBe("");
	expect(method.steps.length).toBeGreaterThan(0);
	expect(method.steps.length).toBeLessThanOrEqual(40);
	expect(new Set(method.steps.map((s) => s.id)).size).toBe(method.steps.length);
	for (const step of method.steps) {
		expect(Number.isInteger(step.minutes)).toBe(true);
		expect(step.minutes).toBeGreaterThanOrEqual(1);
		expect(step.minutes).toBeLessThanOrEqual(240);
		expect(step.name.en.trim()).not.toBe("");
		expect(step.prompts.length).toBeLessThanOrEqual(3);
		for (const prompt of step.prompts) expect(typeof prompt.en).toBe("string");
	}
	expect(method.roles.length).toBeGreaterThan(0);
	expect(new Set(method.roles).size).toBe(method.roles.length);
}

describe("the method note parser on anything", () => {
	it("never throws, and either gives a sound method or says why not", () => {
		fc.assert(
			fc.property(frontmatter, body, fc.constantFrom("nl" as const, "en" as const), (fm, text, language) => {
				const result = parseCustomMethod({ path: PATH, frontmatter: fm, body: text }, language);
				checkInvariants(result);
				const skipped = result.method === null && result.problems.length === 0;
				if (skipped) {
					const kind = fm && typeof fm === "object" ? fm.intervisie : undefined;
					expect(kind, "only another kind of note is skipped silently").not.toBeUndefined();
				}
			}),
			{ numRuns: 2000 },
		);
	});

	it("keeps a method whose steps are sound, whatever else its properties hold", () => {
		const soundStep = fc.oneof(
			fc.tuple(fc.stringMatching(/^[A-Za-z]\w{0,15}$/), fc.integer({ min: 1, max: 240 })).map(([name, n]) => `${name} ${n}`),
			fc.record({
				name: fc.stringMatching(/^[A-Za-z]\w{0,15}$/),
				minutes: fc.integer({ min: 1, max: 240 }),
				purpose: fc.anything(),
				prompts: fc.anything(),
			}),
		);
		const anythingElse = fc.record(
			{ name: fc.anything(), description: fc.anything(), fits: fc.anything(), roles: fc.anything(), prepare: fc.anything(), extra: fc.anything() },
			{ requiredKeys: [] },
		);
		fc.assert(
			fc.property(fc.array(soundStep, { minLength: 1, maxLength: 40 }), anythingElse, fc.string(), (steps, rest, text) => {
				const result = parseCustomMethod({ path: PATH, frontmatter: { ...rest, steps }, body: text }, "nl");
				checkInvariants(result);
				expect(result.method?.steps).toHaveLength(steps.length);
				expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
			}),
			{ numRuns: 500 },
		);
	});

	it("reads every well-formed step list back with its minutes", () => {
		const step = fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[A-Za-z]$/), fc.integer({ min: 1, max: 240 }));
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 15 }), fc.boolean(), (steps, inBody) => {
				const lines = steps.map(([name, minutes]) => `${name} — ${minutes} min`);
				const result = inBody
					? parseCustomMethod({ path: PATH, frontmatter: null, body: lines.map((l) => `- ${l}`).join("\n") }, "en")
					: parseCustomMethod({ path: PATH, frontmatter: { steps: lines }, body: "" }, "en");
				expect(result.problems).toEqual([]);
				expect(result.method?.steps.map((s) => [s.name.en, s.minutes])).toEqual(steps.map(([name, minutes]) => [name.replace(/ +/g, " "), minutes]));
			}),
		);
	});
});
