import { describe, expect, it } from "vitest";
import { anyEnding, clausesOf, firstMatch, keyAt, normalise, phrase, tokensOf } from "../../../src/core/coaching/token-match";
import { dutch, english } from "../../../src/core/coaching/verb-match";

describe("tokens", () => {
	it("keeps the word as written and compares without diacritics", () => {
		expect(tokensOf(normalise("Vóór Één’s DON’T"))).toEqual([
			{ word: "vóór", key: "voor" },
			{ word: "één's", key: "een's" },
			{ word: "don't", key: "don't" },
		]);
	});

	it("splits clauses at sentence ends, semicolons, label colons and line breaks", () => {
		const clauses = clausesOf(normalise("Doel: ik vat twee keer samen; daarna niets.\nKlaar!"));
		expect(clauses.map((clause) => clause.tokens.map((token) => token.word).join(" "))).toEqual([
			"doel",
			"ik vat twee keer samen",
			"daarna niets",
			"klaar",
		]);
	});

	it("reads past the ends of a clause as empty keys", () => {
		const [clause] = clausesOf("ik vat samen");
		expect(clause && [keyAt(clause, -1), keyAt(clause, 3)]).toEqual(["", ""]);
	});
});

describe("matchers", () => {
	const find = (text: string, test: Parameters<typeof firstMatch>[1]) => firstMatch(clausesOf(normalise(text)), test);

	it("returns the first matching word as written", () => {
		expect(find("In het afdelingsoverleg", [anyEnding("overleg")])).toBe("afdelingsoverleg");
		expect(find("by the end of May", [phrase("end of")])).toBe("end");
		expect(find("nothing here", [phrase("end of")])).toBeNull();
	});

	it("finds separable Dutch verbs glued or apart, in the same clause only", () => {
		const summarise = [dutch("vat vatten vatte gevat", { particle: "samen" })];
		expect(find("Ik heb het samengevat", summarise)).toBe("samengevat");
		expect(find("Ik vat het samen", summarise)).toBe("vat");
		expect(find("Ik vat het. Samen verder", summarise)).toBeNull();
	});

	it("makes the regular English forms", () => {
		const tests = [english("try"), english("propose"), english("agree"), english("discuss")];
		for (const word of ["tries", "tried", "proposing", "agreeing", "discusses"]) expect(find(word, tests)).toBe(word);
	});
});
