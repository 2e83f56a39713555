import type { QuestionJudgement } from "./question-kind";
import { readQuestionLine, type QuestionLine } from "./question-line";
import { QUESTION_RULES } from "./question-rules";
import type { QuestionWord } from "./question-words";

const CUE_LENGTH = 40;

/** The kind of one question and why; no kind when no rule applies. Both languages' rules run on every question. */
export function judgeQuestion(question: string | QuestionLine): QuestionJudgement {
	const line = typeof question === "string" ? readQuestionLine(question) : question;
	if (line === null) return unclear();
	return judgeWords(line.words, line.text) ?? judgeWords(afterLastClause(line), line.text) ?? unclear();
}

function judgeWords(words: readonly QuestionWord[], text: string): QuestionJudgement | null {
	if (words.length === 0) return null;
	for (const rule of QUESTION_RULES) {
		const found = rule.find(words, text);
		if (found) return { kind: rule.kind, reason: rule.reason, cue: cueOf(text, words, found) };
	}
	return null;
}

/** "Toen je dat zei, wat voelde je?": when the whole tells nothing, the last clause may. */
function afterLastClause(line: QuestionLine): QuestionWord[] {
	const cut = Math.max(line.text.lastIndexOf(","), line.text.lastIndexOf(":"));
	return cut < 0 ? [] : line.words.filter((word) => word.start > cut);
}

function cueOf(text: string, words: readonly QuestionWord[], [first, last]: [number, number]): string {
	const from = words[first]?.start ?? 0;
	const to = words[last]?.end ?? from;
	const cue = text.slice(from, to);
	return cue.length > CUE_LENGTH ? `${cue.slice(0, CUE_LENGTH - 1).trimEnd()}…` : cue;
}

function unclear(): QuestionJudgement {
	return { kind: null, reason: "unclear", cue: "" };
}
