import { timeSpan } from "./goal-time-spans";
import { anyWord, isDigits, keyAt, phrase, wordSet, type TokenTest } from "./token-match";

export const MONTHS = wordSet(`
	januari februari maart april mei juni juli augustus september oktober november december
	jan feb mrt apr jun jul aug sep sept okt oct nov dec
	january february march june july august
`);
export const WEEKDAYS = wordSet(`
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	monday tuesday wednesday thursday friday saturday sunday
`);
export const SESSION_WORDS = wordSet("sessie sessies bijeenkomst bijeenkomsten session sessions");
export const YEAR = /^(?:19|20)\d\d$/;
const SESSION_POSITIONS = wordSet(`
	volgende komende laatste eerste tweede derde vierde vijfde zesde
	next last final upcoming first second third fourth fifth sixth
`);
const ORDINAL = /^\d+(?:e|de|ste|st|nd|rd|th)$/;

const isMonth: TokenTest = (clause, index) => MONTHS.has(keyAt(clause, index));

// "may" is a month only next to a day number: "1 May", "May 1".
const mayWithDay: TokenTest = (clause, index) =>
	keyAt(clause, index) === "may" && (isDigits(keyAt(clause, index - 1)) || isDigits(keyAt(clause, index + 1)));

const numberedSession: TokenTest = (clause, index) => {
	if (!SESSION_WORDS.has(keyAt(clause, index))) return false;
	const before = keyAt(clause, index - 1);
	return isDigits(keyAt(clause, index + 1)) || SESSION_POSITIONS.has(before) || ORDINAL.test(before);
};

// "voor", "binnen", "by" are only time words before a time: "voor vrijdag", not "voor mijn team".
const TIME_PREPOSITIONS = wordSet("voor binnen tot before by within until till");
const TIME_ANCHORS = wordSet("volgende komende next morgen tomorrow");
const ARTICLES = wordSet("de het the a");
const prepositionBeforeTime: TokenTest = (clause, index) => {
	if (!TIME_PREPOSITIONS.has(keyAt(clause, index))) return false;
	const next = ARTICLES.has(keyAt(clause, index + 1)) ? keyAt(clause, index + 2) : keyAt(clause, index + 1);
	return WEEKDAYS.has(next) || TIME_ANCHORS.has(next);
};

/** Time-bound: dates, end points, periods (also as a rhythm: "elke week", "monthly"), spans in time units, "sessie 3". Numeric dates are found before the text is split; see `readGoalText`. */
export const TIME_SIGNS: TokenTest[] = [
	anyWord(`
		uiterlijk deadline eind einde week weken maand maanden kwartaal kwartalen jaar jaren semester
		zomer zomervakantie kerst kerstvakantie voorjaar najaar herfst herfstvakantie winter eindevaluatie
		wekelijks maandelijks tweewekelijks
		weeks month months quarter quarters year years summer christmas q1 q2 q3 q4 weekly monthly fortnightly
	`),
	timeSpan,
	phrase("dezelfde dag"),
	phrase("same day"),
	phrase("final evaluation"),
	phrase("end of"),
	phrase("later than"),
	isMonth,
	mayWithDay,
	numberedSession,
	prepositionBeforeTime,
	(clause, index) => YEAR.test(keyAt(clause, index)),
];
