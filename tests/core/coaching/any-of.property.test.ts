import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ACTION_VERBS, VAGUE_VERBS } from "../../../src/core/coaching/goal-actions";
import { CONTEXTS } from "../../../src/core/coaching/goal-contexts";
import { MEASURES } from "../../../src/core/coaching/goal-measures";
import { TIME_SIGNS } from "../../../src/core/coaching/goal-time-signs";
import { anyEnding, anyOf, clausesOf, normalise, type Clause, type TokenTest } from "../../../src/core/coaching/token-match";

/** Words of the lists, glued and apart, their neighbours, and words of no list. */
const WORDS = [
	"ik", "i", "vat", "samen", "samenvatten", "samengevat", "vraag", "door", "doorvragen", "na", "geef", "feedback", "aan", "terug",
	"stuur", "rond", "kaart", "kondig", "leg", "voor", "uit", "be", "present", "presenting", "make", "agreements", "let", "finish",
	"stop", "end", "every", "elk", "overleg", "werkoverleg", "meeting", "one", "on", "to", "ones", "onder", "vier", "ogen", "leer",
	"learn", "learnt", "try", "tried", "improve", "grow", "grew", "twee", "keer", "per", "week", "twice", "a", "monday", "maandag",
	"end", "of", "march", "procent", "percent", "3", "times", "in", "het", "team", "with", "my", "manager", "word", "uitgenodigd",
	"invited", "reply", "replied", "acknowledge", "agree", "agreed", "respond", "vóór", "één", "niets", "the",
];
const text = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(" ", " ", ", ", ". ", " - ")), { maxLength: 14 }).map((parts) => parts.map(([w, s]) => w + s).join(""));

function firstBySome(clauses: readonly Clause[], tests: readonly TokenTest[]): string | null {
	for (const clause of clauses) {
		for (let index = 0; index < clause.tokens.length; index++) {
			if (tests.some((test) => test(clause, index))) return clause.tokens[index]?.word ?? null;
		}
	}
	return null;
}

function firstByAnyOf(clauses: readonly Clause[], tests: readonly TokenTest[]): string | null {
	const any = anyOf(tests);
	for (const clause of clauses) {
		for (let index = 0; index < clause.tokens.length; index++) {
			if (any(clause, index)) return clause.tokens[index]?.word ?? null;
		}
	}
	return null;
}

describe("anyOf looks a test list up by key and passes exactly where one of its tests passes", () => {
	for (const [name, tests] of Object.entries({ ACTION_VERBS, VAGUE_VERBS, TIME_SIGNS, MEASURES, CONTEXTS })) {
		it(name, () => {
			fc.assert(fc.property(text, (written) => {
				const clauses = clausesOf(normalise(written));
				expect(firstByAnyOf(clauses, tests)).toBe(firstBySome(clauses, tests));
			}), { numRuns: 1500 });
		});
	}
});

describe("anyEnding", () => {
	it("passes exactly where the word ends in one of the endings", () => {
		const endings = "overleg gesprek meeting ing g é 😀";
		const test = anyEnding(endings);
		const list = endings.split(" ");
		const word = fc.array(fc.constantFrom("over", "leg", "ge", "sprek", "meet", "ing", "g", "é", "e", "😀", "x"), { maxLength: 4 }).map((parts) => parts.join(""));
		fc.assert(fc.property(word, (key) => {
			const clause: Clause = { tokens: [{ word: key, key }], keys: new Set([key]) };
			expect(test(clause, 0)).toBe(key !== "" && list.some((ending) => key.endsWith(ending)));
		}), { numRuns: 500 });
	});
});
