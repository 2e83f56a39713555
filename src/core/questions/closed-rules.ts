import type { QuestionRule } from "./question-rule";
import { patternRules } from "./question-rule";

/** Question words that ask for one fact: a day, a number, a duration. Checked before the open question words. */
export const ONE_FACT_RULES = patternRules("closed", "one-fact", [
	"hoe lang|vaak|laat|oud|veel|groot|ver",
	"hoeveel|hoelang",
	"wanneer|when is|was|are|were|zijn|waren|begint|start|starts|does|did|will|moet|must|gaat",
	"op|om|in|aan welke|welk dag|datum|tijd|uur|jaar|week|maand|dagen|afdeling",
	"welke|welk dag|datum|tijd|jaar|week|maand",
	"on|at|in which|what day|date|time|year|week|month|department",
	"which|what day|date|time|year|week|month",
	"how long|often|much|many|old|far|late|soon",
]);

const ENGLISH_AUXILIARIES = new Set([
	"do", "does", "did", "have", "has", "had", "is", "are", "am", "was", "were", "will", "would", "can", "shall", "should", "may", "might", "must",
]);

/** Words that can follow a Dutch verb at the start of a yes/no question: "Heb je", "Kent je directeur", "Gebeurt dat". */
const DUTCH_SUBJECTS = new Set([
	"je", "jij", "u", "jullie", "het", "hij", "zij", "ze", "dat", "dit", "er", "die", "de", "een", "jouw", "men", "we", "wij", "ik", "hem", "haar", "mijn", "zijn", "deze", "you",
]);

/** Words that start a clause but are not a verb: "Toen je dat zei, …". */
const NOT_VERBS = new Set([
	"toen", "als", "wanneer", "nu", "dan", "omdat", "hoewel", "terwijl", "nadat", "voordat", "zodra", "sinds", "daarna", "misschien", "ook", "zo", "dus",
	"wie", "waar", "waarom", "wat", "hoe", "welke", "nee", "ja", "en", "maar", "of", "want", "i", "you", "what", "how", "so", "and", "oké", "oke", "hm", "goed", "mooi", "dank", "bedankt",
]);

/** A verb first: "Heb je …", "Is hij …", "Did you …". Answered with yes or no. */
export const YES_NO_RULE: QuestionRule = {
	kind: "closed",
	reason: "yes-no",
	find: (words) => {
		const [first, second] = words;
		if (!first || !second) return null;
		if (ENGLISH_AUXILIARIES.has(first.norm)) return [0, 0];
		return !NOT_VERBS.has(first.norm) && !DUTCH_SUBJECTS.has(first.norm) && DUTCH_SUBJECTS.has(second.norm) ? [0, 1] : null;
	},
};

const STATEMENT_STARTS = new Set([
	"je", "jij", "u", "hij", "zij", "ze", "jullie", "het", "dat", "toen", "daarna", "daarop", "nooit", "you", "youre", "youve", "he", "she", "they", "it", "its", "that", "then", "after", "never",
]);

const QUESTION_WORDS = new Set(["wat", "hoe", "welke", "welk", "waarom", "waardoor", "what", "how", "which", "why"]);

/** A statement with a question mark, "Dus je hebt het nooit gezegd?": it asks to confirm. */
export const CHECK_RULE: QuestionRule = {
	kind: "closed",
	reason: "check",
	find: (words, text) => {
		const first = words[0];
		if (!first || !STATEMENT_STARTS.has(first.norm) || !text.includes("?")) return null;
		return words.some((word) => QUESTION_WORDS.has(word.norm)) ? null : [0, Math.min(words.length, 3) - 1];
	},
};

/** "Klopt het dat …", "Is it true that …": checks a fact. Before the leading rules' "is het … niet". */
export const CONFIRM_RULES = patternRules("closed", "check", ["klopt het", "is het zo dat", "is it true|right|correct that"]);
