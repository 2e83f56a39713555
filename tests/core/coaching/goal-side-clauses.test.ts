import { describe, expect, it } from "vitest";
import { sideClauseMask } from "../../../src/core/coaching/goal-side-clauses";
import { clausesOf, normalise } from "../../../src/core/coaching/token-match";

/** The words of the first clause that stand in a side clause. */
function sideWords(text: string): string {
	const [clause] = clausesOf(normalise(text));
	if (!clause) return "";
	const mask = sideClauseMask(clause);
	return clause.tokens
		.filter((_token, index) => mask[index])
		.map((token) => token.word)
		.join(" ");
}

describe("sideClauseMask", () => {
	it.each([
		["Ik zeg nee tegen werk dat niet bij mijn team past, en leg uit waarom", "dat niet bij mijn team past waarom"],
		["Ik benoem wat niet goed ging", "wat niet goed ging"],
		["Als een klant niet tevreden is, bel ik terug", "als een klant niet tevreden is"],
		["Ik zeg wat ik denk, ook als niemand het eens is", "wat ik denk als niemand het eens is"],
		["I turn down work that does not fit, in every meeting", "that does not fit"],
		["I speak up even if nobody agrees with me", "if nobody agrees with me"],
		["I ask who needs help and what is not working", "who needs help and what is not working"],
		["Ik vraag wat er speelt en ik onderbreek niet", "wat er speelt"],
	])("%s: %s", (text, side) => {
		expect(sideWords(text)).toEqual(side);
	});

	it.each([
		"Ik zorg dat ik niet te laat kom",
		"I make sure that I am not late",
		"Ik doe dat niet meer",
		"Ik zeg dat niet",
		"I don't do that any more",
	])("the goal itself is no side clause: %s", (text) => {
		expect(sideWords(text)).not.toMatch(/not|niet/);
	});
});
