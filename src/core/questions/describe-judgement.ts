import type { Language } from "../i18n/language";
import { QUESTION_STRINGS } from "../i18n/question-strings";
import type { QuestionJudgement } from "./question-kind";

/** The kind in words and the reason as a sentence, in the given language. */
export function describeJudgement(judgement: QuestionJudgement, language: Language): { kind: string; reason: string } {
	const t = QUESTION_STRINGS[language];
	return {
		kind: judgement.kind === null ? t.noKind : t.kind[judgement.kind],
		reason: t.reason[judgement.reason](judgement.cue),
	};
}
