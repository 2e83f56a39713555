import { anyWord, isDigits, keyAt, phrase, wordSet, type TokenTest } from "./token-match";
import { MONTHS, SESSION_WORDS, YEAR } from "./goal-time-signs";
import { timeSpan } from "./goal-time-spans";

const NUMBER_WORDS = wordSet(`
	twee drie vier vijf zes zeven acht negen elf twaalf twintig dertig veertig vijftig honderd
	two three four five six seven eight nine eleven twelve twenty thirty forty fifty hundred
`);

// A number that counts something: not a year, a day of the month or a session's number.
const countingNumber: TokenTest = (clause, index) => {
	const token = clause.tokens[index];
	if (!token) return false;
	const isNumber = isDigits(token.key) || NUMBER_WORDS.has(token.key) || token.word === "één";
	if (!isNumber || YEAR.test(token.key)) return false;
	const before = keyAt(clause, index - 1);
	const after = keyAt(clause, index + 1);
	// "onder vier ogen" is a place: in private.
	if (after === "ogen") return false;
	return !SESSION_WORDS.has(before) && !MONTHS.has(before) && !MONTHS.has(after) && before !== "may" && after !== "may";
};

// "per mail" is a channel, "each other" no count.
const RATE_WORDS = wordSet("per each");
const NOT_A_RATE = wordSet("mail e email post telefoon phone other");
const frequencyWord: TokenTest = (clause, index) => RATE_WORDS.has(keyAt(clause, index)) && !NOT_A_RATE.has(keyAt(clause, index + 1));

/** Measurable: numbers, frequencies, proportions ("drie van de vier", "half of"), limits in time, named indicators. A "%" is found before the text is split; see `readGoalText`. */
export const MEASURES: TokenTest[] = [
	countingNumber,
	frequencyWord,
	anyWord(`
		elke elk iedere ieder minstens minimaal maximaal hoogstens telkens wekelijks dagelijks maandelijks tweewekelijks
		aantal score cijfer procent percentage helft
		every once twice whenever weekly daily monthly fortnightly rating percent
	`),
	timeSpan,
	phrase("half of"),
	phrase("ten minste"),
	phrase("at least"),
	phrase("at most"),
	phrase("number of"),
];
