import { readPhaseNotes } from "../facilitation/phase-notes";
import type { Language } from "../i18n/language";
import type { MethodStep } from "../methods/method";
import { judgeQuestionRound } from "./question-round";
import type { QuestionTally } from "./question-tally";

/** The notes of every question-round phase of the method, joined; null when the note has none. */
export function questionRoundNotes(text: string, section: string, steps: readonly MethodStep[], language: Language): string | null {
	const parts = steps.filter((step) => step.questionRound).flatMap((step) => readPhaseNotes(text, section, step.name[language]) ?? []);
	return parts.length === 0 ? null : parts.join("\n");
}

/** The tally of the question rounds in a session note's text; null when it has no question-round notes. */
export function sessionQuestionTally(text: string, section: string, steps: readonly MethodStep[], language: Language): QuestionTally | null {
	const notes = questionRoundNotes(text, section, steps, language);
	return notes === null ? null : judgeQuestionRound(notes).tally;
}
