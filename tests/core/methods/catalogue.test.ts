import { describe, expect, it } from "vitest";
import { builtInMethods, DEFAULT_METHOD_ID, methodById, methodName } from "../../../src/core/methods/catalogue";
import type { IntervisieMethod, Localized } from "../../../src/core/methods/method";
import { totalMinutes } from "../../../src/core/methods/total-minutes";

const IDS = [
	"six-phase",
	"incident",
	"incident-short",
	"balint",
	"gossip",
	"five-step",
	"ten-step",
	"successful-case",
	"socratic",
	"qualities",
];

/** Texts that may be the same in both languages because they are proper names. */
const PROPER_NAMES = new Set<string>([]);

function texts(method: IntervisieMethod): { where: string; text: Localized }[] {
	const all: { where: string; text: Localized }[] = [
		{ where: "name", text: method.name },
		{ where: "description", text: method.description },
		{ where: "fits", text: method.fits },
	];
	if (method.preparesHint) all.push({ where: "preparesHint", text: method.preparesHint });
	for (const s of method.steps) all.push({ where: `step ${s.id}`, text: s.name });
	method.preparation.forEach((p, i) => {
		all.push({ where: `heading ${i}`, text: p.heading });
		all.push({ where: `prompt ${i}`, text: p.prompt });
	});
	return all;
}

const RANGES: Record<string, readonly [number, number]> = {
	"six-phase": [60, 75],
	"incident-short": [45, 55],
	"successful-case": [60, 60],
	balint: [60, 120],
	socratic: [90, 120],
};

describe("built-in method catalogue", () => {
	const methods = builtInMethods();

	it("lists the ten methods, six-phase first as the default, with unique kebab-case ids", () => {
		const ids = methods.map((m) => m.id);
		expect(ids).toEqual(IDS);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
		expect(DEFAULT_METHOD_ID).toBe("six-phase");
		expect(methods[0]?.id).toBe(DEFAULT_METHOD_ID);
	});

	it.each(IDS)("%s has every text in both languages, and they differ", (id) => {
		for (const { where, text } of texts(methodById(id))) {
			expect(text.nl.trim(), `${id} ${where} nl`).not.toBe("");
			expect(text.en.trim(), `${id} ${where} en`).not.toBe("");
			if (!PROPER_NAMES.has(text.nl)) expect(text.nl, `${id} ${where}`).not.toBe(text.en);
		}
	});

	it.each(IDS)("%s has steps with unique ids and positive whole minutes", (id) => {
		const method = methodById(id);
		expect(method.steps.length).toBeGreaterThan(0);
		expect(new Set(method.steps.map((s) => s.id)).size).toBe(method.steps.length);
		for (const step of method.steps) {
			expect(Number.isInteger(step.minutes), `${id} ${step.id}`).toBe(true);
			expect(step.minutes, `${id} ${step.id}`).toBeGreaterThan(0);
		}
	});

	it.each(IDS)("%s takes a total within its documented range", (id) => {
		const [min, max] = RANGES[id] ?? [50, 90];
		const total = totalMinutes(methodById(id));
		expect(total).toBeGreaterThanOrEqual(min);
		expect(total).toBeLessThanOrEqual(max);
	});

	it("follows the documented minutes of the short incident method and the successful case", () => {
		expect(methodById("incident-short").steps.map((s) => s.minutes).slice(0, 5)).toEqual([3, 5, 15, 10, 10]);
		expect(methodById("successful-case").steps.map((s) => s.minutes)).toEqual([15, 20, 15, 10]);
	});

	it.each(IDS)("%s needs a case-bringer, a facilitator and participants, without duplicate roles", (id) => {
		const roles = methodById(id).roles;
		expect(roles).toContain("case-bringer");
		expect(roles).toContain("facilitator");
		expect(roles).toContain("participants");
		expect(new Set(roles).size).toBe(roles.length);
	});

	it("gives Balint and the Socratic dialogue a facilitator and a note-taker", () => {
		for (const id of ["balint", "socratic"]) {
			expect(methodById(id).roles).toEqual(expect.arrayContaining(["facilitator", "note-taker"]));
		}
	});

	it.each(IDS)("%s asks the case-bringer for the situation and the question", (id) => {
		const prep = methodById(id).preparation;
		const en = prep.map((p) => `${p.heading.en} ${p.prompt.en}`.toLowerCase());
		const nl = prep.map((p) => `${p.heading.nl} ${p.prompt.nl}`.toLowerCase());
		expect(en.some((t) => t.includes("situation"))).toBe(true);
		expect(nl.some((t) => t.includes("situatie"))).toBe(true);
		expect(en.some((t) => t.includes("question"))).toBe(true);
		expect(nl.some((t) => t.includes("vraag"))).toBe(true);
	});

	it("shapes preparation by method", () => {
		const prompts = (id: string): string => methodById(id).preparation.map((p) => p.prompt.en).join(" ");
		expect(prompts("balint")).toMatch(/visible behaviour/);
		expect(prompts("balint")).toMatch(/feelings and beliefs/);
		expect(prompts("successful-case")).toMatch(/went well/);
		expect(prompts("successful-case")).toMatch(/your own qualities/);
		expect(prompts("socratic")).toMatch(/your own experience/);
		expect(prompts("socratic")).toMatch(/When … I .*because …/);
		expect(prompts("qualities")).toMatch(/qualities did you use/);
	});

	it("falls back to six-phase for an unknown or missing id", () => {
		expect(methodById("unknown").id).toBe("six-phase");
		expect(methodById(null).id).toBe("six-phase");
		expect(methodById(undefined).id).toBe("six-phase");
		expect(methodById("balint").id).toBe("balint");
	});

	it("names a method in either language, and an unknown id by itself", () => {
		expect(methodName("six-phase", "nl")).toBe("Zesfasenmodel");
		expect(methodName("six-phase", "en")).toBe("Six-phase model");
		expect(methodName("socratic", "nl")).toBe("Socratisch gesprek");
		expect(methodName("incident-short", "en")).toBe("Incident method (short)");
		expect(methodName("unknown", "en")).toBe("unknown");
	});

	it("sums the steps for the total", () => {
		expect(totalMinutes({ steps: [] })).toBe(0);
		expect(totalMinutes(methodById("six-phase"))).toBe(70);
	});
});
