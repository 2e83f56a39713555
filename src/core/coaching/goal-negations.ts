import { keyAt, wordSet, type TokenTest } from "./token-match";
import { dutch, english } from "./verb-match";

const NEGATION_WORDS = wordSet(`
	niet geen nooit niets niks niemand nergens minder zonder
	not no never less fewer without cannot nor dont doesnt didnt cant wont isnt
`);
const SAY_FORMS = wordSet("say says said saying");

const isNegationWord: TokenTest = (clause, index) => {
	const key = keyAt(clause, index);
	if (!NEGATION_WORDS.has(key) && !key.endsWith("n't")) return false;
	// "say no" is an action, "no later than" a deadline.
	if (key === "no" && SAY_FORMS.has(keyAt(clause, index - 1))) return false;
	return keyAt(clause, index + 1) !== "later";
};

// English "stop" only negates a habit ("stop checking"); "I stop at five" is fine.
const STOP_FORMS = wordSet("stop stops stopped stopping quit quits quitting");
const stopDoing: TokenTest = (clause, index) => STOP_FORMS.has(keyAt(clause, index)) && keyAt(clause, index + 1).endsWith("ing");

/** Positive: a goal with any of these says what you will not do. */
export const NEGATIONS: TokenTest[] = [
	isNegationWord,
	stopDoing,
	dutch("vermijd vermijdt vermijden vermeed vermeden"),
	dutch("stop stopt stoppen stopte stopten gestopt", { object: ["met"] }),
	dutch("houd hou houdt houden hield hielden gehouden", { particle: "op", object: ["met"] }),
	dutch("leer leert leren leerde leerden geleerd", { particle: "af" }),
	english("avoid"),
	english("refrain"),
];
