/** The four kinds of question the coach tells apart in the question round. */
export const QUESTION_KINDS = ["open", "closed", "advice", "leading"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Why a question got its kind; each has a sentence in `question-strings.ts`. */
export type ReasonId =
	| "invitation"
	| "open-word"
	| "exploring-why"
	| "one-fact"
	| "yes-no"
	| "check"
	| "suggestion"
	| "opinion"
	| "judging-why"
	| "agreement"
	| "unclear";

export interface QuestionJudgement {
	/** `null` when the rules cannot judge: no kind rather than a wrong one. */
	kind: QuestionKind | null;
	reason: ReasonId;
	/** The words of the question that decided it, as typed; empty when nothing decided. */
	cue: string;
}
