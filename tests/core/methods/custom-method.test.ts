import { describe, expect, it } from "vitest";
import { parseCustomMethod, type MethodNote } from "../../../src/core/methods/custom-method";
import { CONCRETE_SITUATION } from "../../../src/core/methods/shared-prompts";

const PATH = "Intervisie/Methods/Quick round.md";

function note(frontmatter: Record<string, unknown> | null, body = ""): MethodNote {
	return { path: PATH, frontmatter, body };
}

function parsed(frontmatter: Record<string, unknown> | null, body = "", language: "nl" | "en" = "en") {
	return parseCustomMethod(note(frontmatter, body), language);
}

function messages(frontmatter: Record<string, unknown> | null, body = "", language: "nl" | "en" = "en"): string[] {
	return parsed(frontmatter, body, language).problems.map((p) => p.message);
}

describe("a method in the properties", () => {
	it("reads name, description, fits, steps as text and roles", () => {
		const { method, problems } = parsed({
			name: "Quick round",
			description: "A short round for busy weeks.",
			fits: "Small teams",
			steps: ["Introduction 5", "Question round (15 min)", "Advice round - 10"],
			roles: ["case-bringer", "facilitator", "participants"],
		});
		expect(problems).toEqual([]);
		expect(method?.id).toBe("custom:quick-round");
		expect(method?.name).toEqual({ nl: "Quick round", en: "Quick round" });
		expect(method?.description.en).toBe("A short round for busy weeks.");
		expect(method?.fits.nl).toBe("Small teams");
		expect(method?.steps.map((s) => [s.id, s.name.en, s.minutes])).toEqual([
			["introduction", "Introduction", 5],
			["question-round", "Question round", 15],
			["advice-round", "Advice round", 10],
		]);
		expect(method?.roles).toEqual(["case-bringer", "facilitator", "participants"]);
	});

	it("reads steps as items with name, minutes, purpose and reminders", () => {
		const { method, problems } = parsed({
			steps: [
				{ name: "Vragenronde", minutes: 15, purpose: "Begrijpen wat er speelde.", prompts: ["Vraag, geef geen advies", "Open vragen"] },
				{ name: "Adviesronde", minutes: "10 min", prompts: "De inbrenger luistert" },
			],
		});
		expect(problems).toEqual([]);
		const [questions, advice] = method?.steps ?? [];
		expect(questions?.purpose).toEqual({ nl: "Begrijpen wat er speelde.", en: "Begrijpen wat er speelde." });
		expect(questions?.prompts.map((p) => p.nl)).toEqual(["Vraag, geef geen advies", "Open vragen"]);
		expect(advice?.minutes).toBe(10);
		expect(advice?.purpose).toEqual({ nl: "", en: "" });
		expect(advice?.prompts.map((p) => p.en)).toEqual(["De inbrenger luistert"]);
	});

	it("reads the YAML shorthand `- Name: 15` and a mapping of names to minutes", () => {
		expect(parsed({ steps: [{ Vragenronde: 15 }, { "Adviesronde": "10" }] }).method?.steps.map((s) => [s.name.nl, s.minutes])).toEqual([
			["Vragenronde", 15],
			["Adviesronde", 10],
		]);
		expect(parsed({ steps: { Inleiding: 5, Analyse: 20 } }).method?.steps.map((s) => [s.name.nl, s.minutes])).toEqual([
			["Inleiding", 5],
			["Analyse", 20],
		]);
	});

	it("takes the name from the file when the properties have none", () => {
		expect(parsed({ steps: ["A 5"] }).method?.name.en).toBe("Quick round");
		expect(parsed({ name: "  ", steps: ["A 5"] }).method?.name.en).toBe("Quick round");
	});

	it("reads property names in any letter case", () => {
		expect(parsed({ Name: "Mine", Steps: ["A 5"] }).method?.name.en).toBe("Mine");
	});

	it("reads preparation prompts as text or as heading and prompt", () => {
		const method = parsed({
			steps: ["A 5"],
			prepare: ["Wat gebeurde er?", { heading: "Mijn vraag", prompt: "Hoe kan ik …?" }, { heading: "Alleen een kop" }],
		}).method;
		expect(method?.preparation).toEqual([
			{ heading: { nl: "Wat gebeurde er?", en: "Wat gebeurde er?" }, prompt: { nl: "Wat gebeurde er?", en: "Wat gebeurde er?" } },
			{ heading: { nl: "Mijn vraag", en: "Mijn vraag" }, prompt: { nl: "Hoe kan ik …?", en: "Hoe kan ik …?" } },
			{ heading: { nl: "Alleen een kop", en: "Alleen een kop" }, prompt: { nl: "Alleen een kop", en: "Alleen een kop" } },
		]);
	});

	it("fills in defaults: description, fits, the usual roles and preparation", () => {
		const method = parsed({ steps: ["A 5"] }).method;
		expect(method?.description.nl).not.toBe("");
		expect(method?.description.en).not.toBe("");
		expect(method?.fits.en).not.toBe("");
		expect(method?.roles).toEqual(["case-bringer", "facilitator", "note-taker", "participants"]);
		expect(method?.preparation).toContain(CONCRETE_SITUATION);
	});

	it("accepts Dutch role names and a comma-separated text", () => {
		expect(parsed({ steps: ["A 5"], roles: ["Inbrenger", "gespreksleider", "verslaglegger", "tijdbewaker", "waarnemer", "deelnemers"] }).method?.roles).toEqual([
			"case-bringer",
			"facilitator",
			"note-taker",
			"timekeeper",
			"observer",
			"participants",
		]);
		expect(parsed({ steps: ["A 5"], roles: "inbrenger, facilitator, Case bringer" }).method?.roles).toEqual(["case-bringer", "facilitator"]);
	});

	it("accepts `intervisie: method`, and skips a note of another kind without a word", () => {
		expect(parsed({ intervisie: "method", steps: ["A 5"] }).method).not.toBeNull();
		expect(parsed({ intervisie: "Methode", steps: ["A 5"] }).method).not.toBeNull();
		expect(parsed({ intervisie: "goal", steps: ["A 5"] })).toEqual({ method: null, problems: [] });
		expect(parsed({ intervisie: "case" })).toEqual({ method: null, problems: [] });
	});

	it("prefers the properties' steps over a list in the note", () => {
		expect(parsed({ steps: ["A 5"] }, "- B 10").method?.steps.map((s) => s.name.en)).toEqual(["A"]);
	});

	it("gives repeated step names unique ids", () => {
		expect(parsed({ steps: ["Ronde 5", "Ronde 5", "ronde 5"] }).method?.steps.map((s) => s.id)).toEqual(["ronde", "ronde-2", "ronde-3"]);
	});

	it("never gives an id that a built-in method has", () => {
		expect(parseCustomMethod({ path: "Methods/six-phase.md", frontmatter: null, body: "- A 5" }, "en").method?.id).toBe("custom:six-phase");
	});
});

describe("a method as a list in the note", () => {
	it("reads steps and reminders from the body, without properties", () => {
		const body = ["Onze eigen werkvorm.", "", "- Inleiding — 5 min", "- Vragenronde (15)", "  - Vraag, geef geen advies", "- Adviesronde - 10"].join("\n");
		const { method, problems } = parsed(null, body, "nl");
		expect(problems).toEqual([]);
		expect(method?.name.nl).toBe("Quick round");
		expect(method?.steps.map((s) => [s.name.nl, s.minutes, s.prompts.map((p) => p.nl)])).toEqual([
			["Inleiding", 5, []],
			["Vragenronde", 15, ["Vraag, geef geen advies"]],
			["Adviesronde", 10, []],
		]);
	});

	it("reads an English list with other properties in the frontmatter", () => {
		const { method } = parsed({ name: "Silent round", roles: ["case-bringer", "facilitator"] }, "1. Write questions: 5 minutes\n2. Answer them: 10 minutes");
		expect(method?.name.en).toBe("Silent round");
		expect(method?.steps.map((s) => s.minutes)).toEqual([5, 10]);
	});
});

describe("problems with a method note", () => {
	it("names the file and the step without minutes, and says how to add them", () => {
		const { method, problems } = parsed({ steps: ["Introduction 5", "Question round"] });
		expect(method).toBeNull();
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ path: PATH, severity: "error", code: "invalid-value" });
		expect(problems[0]?.message).toContain(PATH);
		expect(problems[0]?.message).toContain('step 2 "Question round" has no minutes');
		expect(problems[0]?.message).toContain("Question round — 15 min");
	});

	it("says the same in Dutch", () => {
		const [message] = messages({ steps: ["Inleiding 5", "Vragenronde"] }, "", "nl");
		expect(message).toContain(PATH);
		expect(message).toContain('stap 2 "Vragenronde" heeft geen minuten');
	});

	it("rejects minutes that are not whole numbers from 1 to 240", () => {
		for (const bad of [0, 241, 7.5, -3, "15-20", "lang"]) {
			const { method, problems } = parsed({ steps: [{ name: "Ronde", minutes: bad }] });
			expect(method, String(bad)).toBeNull();
			expect(problems[0]?.message, String(bad)).toMatch(/whole number from 1 to 240/);
		}
		expect(messages({ steps: ["Ronde 7,5 min"] }, "", "nl")[0]).toMatch(/heel getal van 1 tot en met 240/);
	});

	it("reports a method without steps, in both languages", () => {
		for (const [fm, body] of [
			[null, ""],
			[{}, "Just text."],
			[{ steps: [] }, ""],
		] as const) {
			const { method, problems } = parsed(fm, body);
			expect(method).toBeNull();
			expect(problems.map((p) => p.severity)).toEqual(["error"]);
			expect(problems[0]?.message).toMatch(/no steps/);
		}
		expect(messages(null, "", "nl")[0]).toMatch(/geen stappen/);
	});

	it("explains a number or text where the list of steps should be", () => {
		const [number] = messages({ steps: 42 });
		expect(number).toMatch(/"steps" property should be a list, but is the number 42/);
		const [text] = messages({ steps: "Inleiding 5, Vragen 10" }, "", "nl");
		expect(text).toMatch(/eigenschap "steps" moet een lijst zijn, maar is de tekst "Inleiding 5, Vragen 10"/);
	});

	it("explains a step of the wrong type and a step without a name", () => {
		const found = messages({ steps: [42, ["a"], null, { minutes: 5 }, "15 min"] });
		expect(found).toHaveLength(5);
		expect(found[0]).toMatch(/step 1 should be text .* but is the number 42/);
		expect(found[1]).toMatch(/step 2 .* but is a list/);
		expect(found[2]).toMatch(/step 3 .* but is empty/);
		expect(found[3]).toMatch(/step 4 has no name/);
		expect(found[4]).toMatch(/step 5 has no name/);
	});

	it("refuses a huge number of steps or a huge name without reading them all", () => {
		const many = Array.from({ length: 10_000 }, (_, i) => `Step ${i} 5`);
		expect(messages({ steps: many })[0]).toMatch(/10000 steps; a method can have at most 40/);
		expect(messages({ steps: [`${"x".repeat(5000)} 5`] })[0]).toMatch(/step 1 is longer than 1000 characters/);
	});

	it("copes with a huge note", () => {
		const longLines = `- ${"word ".repeat(200_000)}5`;
		expect(messages(null, longLines)[0]).toMatch(/step 1 is longer than 1000 characters/);
		const manyItems = Array.from({ length: 100_000 }, (_, i) => `- Step ${i} 5`).join("\n");
		expect(messages(null, manyItems)[0]).toMatch(/100000 steps/);
		const spaces = `- A${" ".repeat(999)}x`;
		expect(messages(null, spaces)[0]).toMatch(/step 1 "A x" has no minutes/);
	});

	it("keeps the method but warns about things it ignores", () => {
		const { method, problems } = parsed({
			name: ["Not", "text"],
			description: 12,
			roles: ["case-bringer", "chairman", 7],
			prepare: [{ prompt: "no heading" }, "Fine"],
			steps: [{ name: "A", minutes: 5, prompts: ["1", "2", "3", "4"], purpose: { nl: "x" } }],
		});
		expect(method).not.toBeNull();
		expect(method?.name.en).toBe("Quick round");
		expect(method?.description.en).toBe("12");
		expect(method?.roles).toEqual(["case-bringer"]);
		expect(method?.preparation.map((p) => p.heading.en)).toEqual(["Fine"]);
		expect(method?.steps[0]?.prompts).toHaveLength(3);
		expect(method?.steps[0]?.purpose.en).toBe("");
		expect(problems.every((p) => p.severity === "warning" && p.path === PATH)).toBe(true);
		const text = problems.map((p) => p.message).join("\n");
		expect(text).toMatch(/"name" property should be text, but is a list/);
		expect(text).toMatch(/role "chairman" is unknown/);
		expect(text).toMatch(/role "7" is unknown/);
		expect(text).toMatch(/preparation item 1 .* heading/);
		expect(text).toMatch(/step 1 "A" has more than 3 reminders/);
		expect(text).toMatch(/"purpose" of step 1 should be text, but is a group of properties/);
	});

	it("never shows a value's own text conversion, which might fail", () => {
		const hostile = Object.create(null) as Record<string, unknown>;
		hostile.x = 1;
		expect(() => parsed({ name: hostile, steps: [hostile, { name: hostile, minutes: hostile }] })).not.toThrow();
		expect(() => parsed({ steps: [{ toString: "boom", name: "A", minutes: 5 }] })).not.toThrow();
	});

	it("treats a frontmatter that is not an object as empty", () => {
		const odd = ["steps"] as unknown as Record<string, unknown>;
		expect(parseCustomMethod({ path: PATH, frontmatter: odd, body: "- A 5" }, "en").method?.steps).toHaveLength(1);
	});
});
