import { describe, expect, it } from "vitest";
import { DEFAULT_REFLECTION_ID, reflectionModel, reflectionModels } from "../../../src/core/reflection/reflection-models";
import { NOTE_TEXTS } from "../../../src/core/templates/note-texts";

const headings = (id: string) => reflectionModel(id).sections.map((s) => s.heading.en);

describe("reflection models", () => {
	it("offers the plain report first, then the models, each id once", () => {
		const ids = reflectionModels().map((m) => m.id);
		expect(ids[0]).toBe(DEFAULT_REFLECTION_ID);
		expect(DEFAULT_REFLECTION_ID).toBe("plain");
		expect(ids).toEqual(expect.arrayContaining(["plain", "alact", "gibbs", "starrt", "onion", "kolb"]));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it("has a name, a description, and a heading and prompt per section in both languages", () => {
		for (const model of reflectionModels()) {
			for (const text of [model.name, model.description, ...model.sections.flatMap((s) => [s.heading, s.prompt])]) {
				expect(text.nl.trim(), model.id).not.toBe("");
				expect(text.en.trim(), model.id).not.toBe("");
			}
			expect(model.sections.length, model.id).toBeGreaterThan(1);
		}
	});

	it("keeps headings unique within a model and never reuses the report's own headings", () => {
		for (const language of ["nl", "en"] as const) {
			const t = NOTE_TEXTS[language].report;
			for (const model of reflectionModels()) {
				const own = model.sections.map((s) => s.heading[language]);
				expect(new Set(own).size, model.id).toBe(own.length);
				for (const reserved of [t.goals, t.next, t.lookBack]) expect(own, model.id).not.toContain(reserved);
			}
		}
	});

	it("keeps the plain report as it was: what happened and what I learned", () => {
		for (const language of ["nl", "en"] as const) {
			const t = NOTE_TEXTS[language].report;
			expect(reflectionModel("plain").sections.map((s) => [s.heading[language], s.prompt[language]])).toEqual([
				[t.happened, t.happenedPrompt],
				[t.learned, t.learnedPrompt],
			]);
		}
	});

	it("follows each model's phases in order", () => {
		expect(headings("gibbs")).toEqual(["Description", "Feelings", "Evaluation", "Analysis", "Conclusion", "Action plan"]);
		expect(headings("starrt")).toEqual(["Situation", "Task", "Action", "Result", "Reflection", "Transfer"]);
		expect(headings("onion")).toEqual(["Environment", "Behaviour", "Competencies", "Beliefs", "Identity", "Mission", "Core qualities"]);
		expect(headings("alact")).toEqual(["Acting", "Looking back: me", "Looking back: the other", "Essential aspects", "Alternatives and choice", "Trying out"]);
		expect(headings("kolb")).toEqual(["Concrete experience", "Reflective observation", "Abstract conceptualisation", "Active experimentation"]);
	});

	it("asks in ALACT's look back what I and the other wanted, thought, felt and did", () => {
		const [, me, other] = reflectionModel("alact").sections;
		for (const section of [me, other]) for (const word of ["want", "think", "feel", "do"]) expect(section?.prompt.en).toContain(word);
		expect(me?.prompt.nl).toMatch(/wilde.*dacht.*voelde.*deed/);
		expect(other?.prompt.nl).toMatch(/wilde.*dacht.*voelde.*deed/);
	});

	it("falls back to the plain report for an unknown, empty or missing id", () => {
		expect(reflectionModel("gibbs").id).toBe("gibbs");
		for (const id of ["nonsense", "", null, undefined]) expect(reflectionModel(id).id).toBe("plain");
	});
});
