import { describe, expect, it } from "vitest";
import { readMinutes, splitStepText } from "../../../src/core/methods/step-text";

describe("a step written as text", () => {
	it.each([
		["Question round 15", "Question round", "15"],
		["Vragenronde (15 min)", "Vragenronde", "15"],
		["Vragenronde - 15", "Vragenronde", "15"],
		["Adviesronde — 10 min", "Adviesronde", "10"],
		["Adviesronde – 10 minuten", "Adviesronde", "10"],
		["Analysis: 20 minutes", "Analysis", "20"],
		["Analyse, 20 min.", "Analyse", "20"],
		["Evaluatie (5)", "Evaluatie", "5"],
		["Evaluation [5 min]", "Evaluation", "5"],
		["Round 15min", "Round", "15"],
		["Ronde 12'", "Ronde", "12"],
		["Top 10 tips 5", "Top 10 tips", "5"],
		["Kort 7.5 min", "Kort", "7.5"],
		["Lang 15-20 min", "Lang", "15-20"],
	])("reads %j as a name and minutes", (text, name, minutes) => {
		expect(splitStepText(text)).toEqual({ name, minutes });
	});

	it.each([
		["Question round", "Question round"],
		["Team", "Team"],
		["Ronde (deel 2)", "Ronde (deel 2)"],
		["  Spaced   out  ", "Spaced out"],
	])("leaves %j without minutes", (text, name) => {
		expect(splitStepText(text)).toEqual({ name, minutes: null });
	});

	it("gives an empty name when there are only minutes", () => {
		expect(splitStepText("15 min")).toEqual({ name: "", minutes: "15" });
	});
});

describe("minutes", () => {
	it("accepts whole numbers from 1 to 240, as a number or as text", () => {
		expect(readMinutes(1)).toEqual({ minutes: 1 });
		expect(readMinutes(240)).toEqual({ minutes: 240 });
		expect(readMinutes("15")).toEqual({ minutes: 15 });
		expect(readMinutes(" 15 min ")).toEqual({ minutes: 15 });
		expect(readMinutes("10 minuten")).toEqual({ minutes: 10 });
	});

	it("rejects what is not a whole number in range, saying what it found", () => {
		expect(readMinutes(0)).toEqual({ invalid: "0" });
		expect(readMinutes(241)).toEqual({ invalid: "241" });
		expect(readMinutes(-5)).toEqual({ invalid: "-5" });
		expect(readMinutes(7.5)).toEqual({ invalid: "7.5" });
		expect(readMinutes(Number.NaN)).toEqual({ invalid: "NaN" });
		expect(readMinutes(1e308)).toEqual({ invalid: "1e+308" });
		expect(readMinutes("15-20")).toEqual({ invalid: "15-20" });
		expect(readMinutes("a quarter")).toEqual({ invalid: "a quarter" });
		expect(readMinutes("99999999999999999999")).toEqual({ invalid: "99999999999999999999" });
	});

	it("has nothing to say about an empty value", () => {
		expect(readMinutes(undefined)).toBeNull();
		expect(readMinutes(null)).toBeNull();
		expect(readMinutes("  ")).toBeNull();
	});

	it("leaves other types to the caller", () => {
		expect(readMinutes([15])).toEqual({ wrongType: true });
		expect(readMinutes({ minutes: 15 })).toEqual({ wrongType: true });
		expect(readMinutes(true)).toEqual({ wrongType: true });
	});
});
