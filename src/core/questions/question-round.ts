import { judgeQuestion } from "./judge-question";
import type { QuestionJudgement } from "./question-kind";
import { readQuestionLine } from "./question-line";
import { tallyQuestions, type QuestionTally } from "./question-tally";

export interface JudgedQuestion extends QuestionJudgement {
	text: string;
	helped: boolean;
}

export interface QuestionRound {
	questions: JudgedQuestion[];
	tally: QuestionTally;
}

/** The note-taker's notes of the question round, one question a line; empty lines are skipped. */
export function judgeQuestionRound(notes: string): QuestionRound {
	const questions: JudgedQuestion[] = [];
	for (const raw of notes.split(/\r?\n/)) {
		const line = readQuestionLine(raw);
		if (line === null) continue;
		questions.push({ text: line.text, helped: line.helped, ...judgeQuestion(line) });
	}
	return { questions, tally: tallyQuestions(questions) };
}
