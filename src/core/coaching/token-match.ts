import { clauseTexts } from "./clause-texts";

export interface Token {
	/** Lowercase, as written: shown in messages. */
	word: string;
	/** Lowercase without diacritics ("vóór" → "voor"): compared with the word lists. */
	key: string;
	/** A comma, dash or bracket stands between this word and the one before: a side clause may end here. */
	pause?: true;
}

export interface Clause {
	tokens: readonly Token[];
	/** Every key in the clause, to find a particle or object without scanning. */
	keys: ReadonlySet<string>;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu;
// Only the few characters between two words are tested: "-" inside a word ("MT-overleg") is no pause.
const PAUSE = /[,()\u2013\u2014]|\s-|-\s/;

/** Lowercase with straight apostrophes, so "don’t" and "don't" are one word. */
export function normalise(text: string): string {
	return text.toLowerCase().replace(/[’‘`]/g, "'");
}

/** The words of `normalise`d text, in reading order. */
export function tokensOf(text: string): Token[] {
	const tokens: Token[] = [];
	let previousEnd = -1;
	for (const match of text.matchAll(WORD)) {
		const word = match[0];
		const token: Token = { word, key: withoutDiacritics(word) };
		if (previousEnd !== -1 && PAUSE.test(text.slice(previousEnd, match.index))) token.pause = true;
		tokens.push(token);
		previousEnd = match.index + word.length;
	}
	return tokens;
}

/** `normalise`d text cut into clauses at sentence ends, semicolons, "label: " colons and line breaks; clauses without words are dropped. */
export function clausesOf(text: string): Clause[] {
	return clauseTexts(text)
		.map(tokensOf)
		.filter((tokens) => tokens.length > 0)
		.map((tokens) => ({ tokens, keys: new Set(tokens.map((token) => token.key)) }));
}

function withoutDiacritics(word: string): string {
	return word.normalize("NFD").replace(/\p{M}/gu, "");
}

/** One test on the token at `index` in its clause; a word list is a set of these. */
export type TokenTest = (clause: Clause, index: number) => boolean;

/** The first token (in reading order) that passes any test, as written; null when none does. */
export function firstMatch(clauses: readonly Clause[], tests: readonly TokenTest[]): string | null {
	const test = anyOf(tests);
	for (const clause of clauses) {
		for (let index = 0; index < clause.tokens.length; index++) {
			if (test(clause, index)) return clause.tokens[index]?.word ?? null;
		}
	}
	return null;
}

/** The only keys at which a test can pass, for the tests that know them (words, phrases, verbs). */
const KEYS = new WeakMap<TokenTest, ReadonlySet<string>>();

/** `test`, known to pass only at a token whose key is one of `keys`. */
export function passesOnlyAt(test: TokenTest, keys: Iterable<string>): TokenTest {
	KEYS.set(test, new Set(keys));
	return test;
}

const ANY_OF = new WeakMap<readonly TokenTest[], TokenTest>();

/**
 * One test that passes where any of `tests` passes. The tests that know their keys are looked up by the token's
 * key rather than tried in turn: a word list of a hundred verbs costs one lookup per token. Made once per list.
 */
export function anyOf(tests: readonly TokenTest[]): TokenTest {
	const known = ANY_OF.get(tests);
	if (known) return known;
	const byKey = new Map<string, TokenTest[]>();
	const everywhere: TokenTest[] = [];
	for (const test of tests) {
		const keys = KEYS.get(test);
		if (!keys) {
			everywhere.push(test);
			continue;
		}
		for (const key of keys) {
			const list = byKey.get(key);
			if (list) list.push(test);
			else byKey.set(key, [test]);
		}
	}
	const any: TokenTest = (clause, index) => {
		const candidates = byKey.get(keyAt(clause, index));
		if (candidates?.some((test) => test(clause, index))) return true;
		return everywhere.some((test) => test(clause, index));
	};
	ANY_OF.set(tests, any);
	return any;
}

/** Words separated by whitespace, as a set: lists can be written as one multi-line string. */
export function wordSet(list: string): Set<string> {
	return new Set(list.split(/\s+/).filter((word) => word !== ""));
}

/** The key at `index`; "" before the start or past the end, so neighbours can be read without bounds checks. */
export function keyAt(clause: Clause, index: number): string {
	return clause.tokens[index]?.key ?? "";
}

export function isDigits(key: string): boolean {
	return /^\d+(?:[.,]\d+)?$/.test(key);
}

export function anyWord(list: string): TokenTest {
	const words = wordSet(list);
	return passesOnlyAt((clause, index) => words.has(keyAt(clause, index)), words);
}

/** Dutch compounds: "werkoverleg" and "afdelingsoverleg" end in "overleg". */
export function anyEnding(list: string): TokenTest {
	// By their last letter, so a word is compared only with the endings it could have.
	const byLast = new Map<string, string[]>();
	for (const ending of wordSet(list)) {
		const last = ending.slice(-1);
		const same = byLast.get(last);
		if (same) same.push(ending);
		else byLast.set(last, [ending]);
	}
	return (clause, index) => {
		const key = keyAt(clause, index);
		return byLast.get(key.slice(-1))?.some((ending) => key.endsWith(ending)) ?? false;
	};
}

/** Consecutive words, matched at the first one: "end of". */
export function phrase(words: string): TokenTest {
	const keys = words.split(" ");
	return passesOnlyAt((clause, index) => keys.every((key, offset) => keyAt(clause, index + offset) === key), keys.slice(0, 1));
}
