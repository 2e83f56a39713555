import type { Language } from "../i18n/language";
import { QUESTION_CHECKS, type QuestionCheckId } from "./criteria";
import { normalise, tokensOf } from "./token-match";

export interface QuestionCheckResult {
	check: QuestionCheckId;
	met: boolean;
	message: string;
}

/**
 * Checks a case question ("Hoe kan ik …?"): first person, a question, open, about now or later.
 * Dutch and English word lists both run; `language` only picks the wording of the messages.
 */
export function checkCaseQuestion(question: string, language: Language): QuestionCheckResult[] {
	const sentence = questionSentence(question);
	const words = wordsOf(sentence);
	const met: Record<QuestionCheckId, boolean> = {
		"first-person": words.some((word) => FIRST_PERSON.has(word)),
		"is-question": endsWithQuestionMark(question),
		open: startsOpen(wordsOf(withoutLeadIn(sentence))),
		current: !looksBackOnly(words),
	};
	return QUESTION_CHECKS.map((check) => {
		const messages = MESSAGES[language][check];
		return { check, met: met[check], message: met[check] ? messages.met : messages.unmet };
	});
}

const MESSAGES: Record<Language, Record<QuestionCheckId, { met: string; unmet: string }>> = {
	nl: {
		"first-person": {
			met: "Het is jouw vraag.",
			unmet: 'Maak het je eigen vraag: schrijf met "ik", zoals "Hoe kan ik …?"',
		},
		"is-question": {
			met: "Het is een vraag.",
			unmet: "Sluit af met een vraagteken, zodat de groep weet wat je vraagt.",
		},
		open: {
			met: "Een open vraag.",
			unmet: 'Maak de vraag open: begin met "hoe", "wat" of "welke", zodat het antwoord meer is dan ja of nee.',
		},
		current: {
			met: "De vraag gaat over nu of straks.",
			unmet: "Richt de vraag vooruit: wat kun je de volgende keer doen?",
		},
	},
	en: {
		"first-person": {
			met: "It is your own question.",
			unmet: 'Make it your own question: write it with "I", as in "How can I …?"',
		},
		"is-question": {
			met: "It is a question.",
			unmet: "End with a question mark, so the group knows what you are asking.",
		},
		open: {
			met: "An open question.",
			unmet: 'Open the question up: start with "how", "what" or "which", so the answer can be more than yes or no.',
		},
		current: {
			met: "The question is about now or what comes next.",
			unmet: "Point the question forward: what can you do next time?",
		},
	},
};

const FIRST_PERSON = new Set(["ik", "mij", "me", "mijn", "m'n", "mezelf", "mijzelf", "i", "my", "myself", "mine"]);
const OPENERS = new Set([
	...["hoe", "wat", "welke", "welk", "waarom", "waardoor", "waarmee", "waarover", "waaraan", "waarop", "waarin"],
	...["wanneer", "waar", "wie", "wiens", "hoeveel", "hoeverre"],
	...["how", "what", "which", "why", "when", "where", "who", "whom", "whose"],
]);
/** Words that may come before the question word: "Op welke manier …", "In what way …", "En hoe …". */
const LEADING_WORDS = new Set([
	...["in", "op", "met", "aan", "voor", "door", "bij", "van", "naar", "over", "en", "maar", "dus"],
	...["on", "with", "to", "for", "by", "at", "from", "about", "of", "and", "but", "so"],
]);
const LOOKING_BACK = new Set([
	...["had", "hadden", "achteraf", "destijds", "toen"],
	...["did", "didn't", "didnt", "hindsight", "should've", "could've", "would've", "might've", "must've"],
]);
const LOOKING_AHEAD = new Set([
	...["nu", "voortaan", "volgende", "komende", "toekomst", "straks", "vanaf", "morgen"],
	...["now", "next", "future", "forward", "upcoming", "will", "tomorrow"],
]);
const ENGLISH_MODALS = new Set(["should", "could", "would", "might", "must"]);
const SUBJECTS = new Set(["i", "we", "you", "they", "he", "she"]);

function wordsOf(text: string): string[] {
	return tokensOf(normalise(text)).map((token) => token.key);
}

/** The last sentence that ends in a question mark; the whole text when none does. */
function questionSentence(text: string): string {
	const end = Math.max(text.lastIndexOf("?"), text.lastIndexOf("？"));
	if (end === -1) return text;
	const before = text.slice(0, end);
	const start = Math.max(...[".", "!", "?", "？", "\n"].map((mark) => before.lastIndexOf(mark))) + 1;
	return text.slice(start, end + 1);
}

/** "Mijn vraag: hoe …?" asks "hoe …?". */
function withoutLeadIn(sentence: string): string {
	return sentence.slice(sentence.lastIndexOf(":") + 1);
}

function endsWithQuestionMark(text: string): boolean {
	return /[?？]$/.test(withoutClosingMarks(text.trim()));
}

const CLOSING_MARK = /["'”’»)\]\s]/;

/** What `/["'”’»)\]\s]+$/` removes (quotes, brackets, white space after the question mark), read from the end in one pass. */
function withoutClosingMarks(text: string): string {
	let end = text.length;
	while (end > 0 && CLOSING_MARK.test(text.charAt(end - 1))) end--;
	return text.slice(0, end);
}

function startsOpen(words: readonly string[]): boolean {
	const [first = "", second = ""] = words;
	return OPENERS.has(first) || (LEADING_WORDS.has(first) && OPENERS.has(second));
}

function looksBackOnly(words: readonly string[]): boolean {
	const looksBack = words.some((word, index) => LOOKING_BACK.has(word) || isModalPerfect(words, index));
	return looksBack && !words.some((word) => LOOKING_AHEAD.has(word));
}

/** "should have", "could I have": what might have been, not what can be. */
function isModalPerfect(words: readonly string[], index: number): boolean {
	if (!ENGLISH_MODALS.has(words[index] ?? "")) return false;
	const next = words[index + 1] ?? "";
	return next === "have" || (SUBJECTS.has(next) && words[index + 2] === "have");
}
