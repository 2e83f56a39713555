import { ADVICE_RULES, LATE_ADVICE_RULES } from "./advice-rules";
import { CHECK_RULE, CONFIRM_RULES, ONE_FACT_RULES, YES_NO_RULE } from "./closed-rules";
import { EARLY_LEADING_RULES, LATE_LEADING_RULES, LEADING_RULES } from "./leading-rules";
import { INVITATION_RULES, OPEN_WORD_RULES, WHY_RULES } from "./open-rules";
import type { QuestionRule } from "./question-rule";

/**
 * Every rule, Dutch and English together, in the order they are tried; the first that applies decides.
 * Disguises come before the question words they hide behind: "Wat als je gewoon …" is advice, not open.
 */
export const QUESTION_RULES: readonly QuestionRule[] = [
	...EARLY_LEADING_RULES,
	...CONFIRM_RULES,
	...ADVICE_RULES,
	...LEADING_RULES,
	...INVITATION_RULES,
	...LATE_ADVICE_RULES,
	...ONE_FACT_RULES,
	...WHY_RULES,
	...OPEN_WORD_RULES,
	...LATE_LEADING_RULES,
	YES_NO_RULE,
	CHECK_RULE,
];
