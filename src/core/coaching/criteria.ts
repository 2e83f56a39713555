/** The six checkable quality criteria of a learning goal. "Motivating" cannot be checked; it is asked. */
export const GOAL_CRITERIA = ["positive", "observable", "time-bound", "measurable", "own-control", "where-when"] as const;
export type CriterionId = (typeof GOAL_CRITERIA)[number];

/** The four checks of a case question. */
export const QUESTION_CHECKS = ["first-person", "is-question", "open", "current"] as const;
export type QuestionCheckId = (typeof QUESTION_CHECKS)[number];
