import type { Language } from "../i18n/language";
import { QUESTION_STRINGS } from "../i18n/question-strings";
import type { QuestionTally } from "./question-tally";

/** Below this many questions a mostly-closed round says nothing yet. */
const CLOSED_AFTER = 3;

/** What the facilitator could say now, from the tally so far; null when the round goes well. */
export function questionReminder(tally: QuestionTally, language: Language): string | null {
	const t = QUESTION_STRINGS[language];
	if (tally.advice > 0) return t.adviceReminder(tally.advice);
	if (tally.leading > 0) return t.leadingReminder(tally.leading);
	if (tally.closed >= CLOSED_AFTER && tally.closed > tally.open) return t.closedReminder;
	return null;
}
