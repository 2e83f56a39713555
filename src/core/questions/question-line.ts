import { hasHelpedMark, withoutHelpedMark } from "./helped-mark";
import { FUNCTION_WORDS, LEAD_INS } from "./lead-ins";
import { matchPattern } from "./word-pattern";
import { questionWords, type QuestionWord } from "./question-words";

/** One line of the note-taker's notes, read as a question. */
export interface QuestionLine {
	/** The question as typed, without list marker and helped mark. */
	text: string;
	helped: boolean;
	/** The words the rules judge: a name or a lead-in ("Mag ik vragen:") before the question left out. */
	words: QuestionWord[];
	asked: boolean;
}

const LIST_MARKER = /^(?:[-*+>]\s+|\d{1,3}[.)]\s+|\[[ xX]?\]\s+)/;

/** Reads a line; null when it holds no words (an empty line, a lone list marker). */
export function readQuestionLine(line: string): QuestionLine | null {
	const helped = hasHelpedMark(line);
	let text = withoutHelpedMark(line);
	for (let marker = LIST_MARKER.exec(text); marker !== null; marker = LIST_MARKER.exec(text)) {
		text = text.slice(marker[0].length);
	}
	text = text.trim();
	const all = questionWords(text);
	if (all.length === 0) return null;
	return { text, helped, words: all.slice(leadInLength(text, all)), asked: text.includes("?") };
}

/** How many words at the start are a name or a lead-in rather than the question itself. */
function leadInLength(text: string, words: readonly QuestionWord[]): number {
	let skipped = 0;
	for (let round = 0; round < 2; round++) {
		const rest = words.slice(skipped);
		const lead = LEAD_INS.map((pattern) => matchPattern(pattern, rest)).find((match) => match !== null);
		if (lead) {
			skipped += lead[1] + 1;
			continue;
		}
		const named = nameLength(text, rest);
		if (named === 0) break;
		skipped += named;
	}
	return skipped < words.length ? skipped : 0;
}

/** "Sanne, wat …", "Jan: how …", "Peter wat …": one or two unknown words before a comma, colon or question word. */
function nameLength(text: string, words: readonly QuestionWord[]): number {
	for (let count = 1; count <= 2; count++) {
		const last = words[count - 1];
		const next = words[count];
		if (last === undefined || next === undefined) return 0;
		if (FUNCTION_WORDS.has(last.norm)) return 0;
		const between = text.slice(last.end, next.start);
		if (between.includes(",") || between.includes(":")) return count;
		const first = words[0];
		if (count === 1 && first && isCapitalised(text.charAt(first.start)) && QUESTION_STARTS.has(next.norm)) return 1;
	}
	return 0;
}

const QUESTION_STARTS = new Set(["wat", "hoe", "welke", "welk", "waarom", "waardoor", "what", "how", "which", "why"]);

function isCapitalised(char: string): boolean {
	return char !== char.toLowerCase();
}
