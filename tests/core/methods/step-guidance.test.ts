import { describe, expect, it } from "vitest";
import { builtInMethods } from "../../../src/core/methods/catalogue";
import type { Localized } from "../../../src/core/methods/method";

const methods = builtInMethods();

function filled(text: Localized, where: string): void {
	expect(text.nl.trim(), `${where} nl`).not.toBe("");
	expect(text.en.trim(), `${where} en`).not.toBe("");
	expect(text.nl, `${where} is translated`).not.toBe(text.en);
}

describe("what the facilitator sees during each phase", () => {
	it.each(methods.map((m) => [m.id, m] as const))("%s has a purpose for every step, in both languages", (id, method) => {
		for (const step of method.steps) filled(step.purpose, `${id} ${step.id} purpose`);
	});

	it.each(methods.map((m) => [m.id, m] as const))("%s has zero to three filled-in reminders per step", (id, method) => {
		for (const step of method.steps) {
			expect(step.prompts.length, `${id} ${step.id}`).toBeLessThanOrEqual(3);
			step.prompts.forEach((prompt, i) => filled(prompt, `${id} ${step.id} prompt ${i}`));
			expect(new Set(step.prompts.map((p) => p.en)).size, `${id} ${step.id} repeats a reminder`).toBe(step.prompts.length);
		}
	});

	it.each(methods.map((m) => [m.id, m] as const))("%s has unique step ids", (id, method) => {
		const ids = method.steps.map((s) => s.id);
		expect(new Set(ids).size, id).toBe(ids.length);
	});

	it("keeps purposes to one sentence and reminders short", () => {
		for (const method of methods) {
			for (const step of method.steps) {
				for (const language of ["nl", "en"] as const) {
					const purpose = step.purpose[language];
					expect(purpose.length, `${method.id} ${step.id} ${language}`).toBeLessThanOrEqual(160);
					expect(purpose, `${method.id} ${step.id} ${language} ends a sentence`).toMatch(/[.?]$/);
					for (const prompt of step.prompts) expect(prompt[language].length, `${method.id} ${step.id}`).toBeLessThanOrEqual(80);
				}
			}
		}
	});

	it("reminds the group not to advise while it is asking questions", () => {
		const questionRounds = [
			["six-phase", "analysis"],
			["incident", "question-round"],
			["incident-short", "fact-finding"],
			["balint", "clarifying"],
			["five-step", "exploration"],
			["ten-step", "extra-round"],
		] as const;
		for (const [methodId, stepId] of questionRounds) {
			const step = methods.find((m) => m.id === methodId)?.steps.find((s) => s.id === stepId);
			expect(step?.prompts.map((p) => p.en), `${methodId} ${stepId}`).toContain("Ask, don't advise");
		}
	});

	it("asks the case-bringer to listen while advice is given", () => {
		for (const [methodId, stepId] of [
			["six-phase", "advice"],
			["incident-short", "advice"],
			["five-step", "advice"],
		] as const) {
			const step = methods.find((m) => m.id === methodId)?.steps.find((s) => s.id === stepId);
			expect(step?.prompts.map((p) => p.nl), `${methodId} ${stepId}`).toContain("De inbrenger luistert en verdedigt zich niet");
		}
	});
});
