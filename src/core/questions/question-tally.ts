import type { QuestionKind } from "./question-kind";

/** How many questions of each kind, how many had no kind, and how many the case-bringer marked as helpful. */
export interface QuestionTally {
	open: number;
	closed: number;
	advice: number;
	leading: number;
	none: number;
	helped: number;
}

/** The tally a session note keeps: the questions without a kind are not written down. */
export type NotedTally = Omit<QuestionTally, "none">;

export function emptyTally(): QuestionTally {
	return { open: 0, closed: 0, advice: 0, leading: 0, none: 0, helped: 0 };
}

export function tallyQuestions(questions: readonly { kind: QuestionKind | null; helped: boolean }[]): QuestionTally {
	const tally = emptyTally();
	for (const question of questions) {
		tally[question.kind ?? "none"]++;
		if (question.helped) tally.helped++;
	}
	return tally;
}

/** All questions counted, with or without a kind. */
export function questionCount(tally: QuestionTally): number {
	return tally.open + tally.closed + tally.advice + tally.leading + tally.none;
}
