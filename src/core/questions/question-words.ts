/** One word of a question: lower case without apostrophes for the rules, and where it stands in the text. */
export interface QuestionWord {
	norm: string;
	start: number;
	end: number;
}

/** Questions longer than this are judged on their first words only; it keeps every rule's work bounded. */
export const MAX_WORDS = 48;

const APOSTROPHES = "'\u2019\u2018`";
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Splits text into words in one pass. An apostrophe inside a word joins it ("don't" → "dont",
 * "collega's" → "collegas"), so both languages' contractions meet the rules in one form.
 */
export function questionWords(text: string): QuestionWord[] {
	const words: QuestionWord[] = [];
	let norm = "";
	let start = -1;
	let end = -1;
	for (let i = 0; i < text.length && words.length < MAX_WORDS; i++) {
		const char = text.charAt(i);
		if (LETTER_OR_DIGIT.test(char)) {
			if (start < 0) start = i;
			norm += char.toLowerCase();
			end = i + 1;
		} else if (start >= 0 && APOSTROPHES.includes(char) && LETTER_OR_DIGIT.test(text.charAt(i + 1))) {
			continue;
		} else if (start >= 0) {
			words.push({ norm, start, end });
			norm = "";
			start = -1;
		}
	}
	if (start >= 0 && words.length < MAX_WORDS) words.push({ norm, start, end });
	return words;
}
