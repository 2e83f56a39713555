import { sideClauseMask } from "./goal-side-clauses";
import { keyAt, wordSet, type Clause, type TokenTest } from "./token-match";
import { dutch, english } from "./verb-match";

const NEGATION_WORDS = wordSet(`
	niet geen nooit niets niks niemand nergens minder zonder
	not no never less fewer without cannot nor dont doesnt didnt cant wont isnt
`);
const SAY_FORMS = wordSet("say says said saying");
/** "minder dan drie minuten", "less than", "no more than": a bound, which is a measure, not a negation. */
const COMPARED = wordSet("dan than");
const MORE = wordSet("meer more");
/** "niet alleen … maar ook", "not only … but also". */
const ONLY = wordSet("alleen enkel only just");

const isNegationWord: TokenTest = (clause, index) => {
	const key = keyAt(clause, index);
	if (!NEGATION_WORDS.has(key) && !key.endsWith("n't")) return false;
	const next = keyAt(clause, index + 1);
	// "say no" is an action, "no later than" a deadline.
	if (key === "no" && SAY_FORMS.has(keyAt(clause, index - 1))) return false;
	if (next === "later" || COMPARED.has(next) || ONLY.has(next)) return false;
	return !(MORE.has(next) && COMPARED.has(keyAt(clause, index + 2)));
};

// English "stop" only negates a habit ("stop checking"); "I stop at five" is fine.
const STOP_FORMS = wordSet("stop stops stopped stopping quit quits quitting");
const stopDoing: TokenTest = (clause, index) => STOP_FORMS.has(keyAt(clause, index)) && keyAt(clause, index + 1).endsWith("ing");

// Dutch "stoppen met" quits a habit; "ik stop elk overleg met een rondje" ends a meeting.
const DUTCH_STOP_FORMS = wordSet("stop stopt stoppen stopte stopten gestopt");
const BETWEEN_STOP_AND_MET = wordSet("ik nu dan voortaan direct meteen helemaal echt");
const stopWith: TokenTest = (clause, index) => {
	if (!DUTCH_STOP_FORMS.has(keyAt(clause, index))) return false;
	const next = keyAt(clause, index + 1);
	return next === "met" || (BETWEEN_STOP_AND_MET.has(next) && keyAt(clause, index + 2) === "met");
};

/** Positive: a goal with any of these says what you will not do. */
export const NEGATIONS: TokenTest[] = [
	isNegationWord,
	stopDoing,
	stopWith,
	dutch("vermijd vermijdt vermijden vermeed vermeden"),
	dutch("houd hou houdt houden hield hielden gehouden", { particle: "op", object: ["met"] }),
	dutch("leer leert leren leerde leerden geleerd", { particle: "af" }),
	english("avoid"),
	english("refrain"),
];

/**
 * The first negation of the goal itself, as written; null when there is none. A negation inside a side clause
 * ("werk dat niet past", "even if nobody agrees") describes the situation and is left alone.
 */
export function goalNegation(clauses: readonly Clause[]): string | null {
	for (const clause of clauses) {
		const mask = sideClauseMask(clause);
		for (let index = 0; index < clause.tokens.length; index++) {
			if (mask[index] !== true && NEGATIONS.some((test) => test(clause, index))) return clause.tokens[index]?.word ?? null;
		}
	}
	return null;
}
