import { clausesOf, normalise, type Clause } from "./token-match";

/** A goal statement as the criteria read it: clauses of words, plus what was taken out before splitting. */
export interface GoalText {
	clauses: Clause[];
	hadNumericDate: boolean;
	hadPercent: boolean;
}

const NUMERIC_DATE = /\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})\b/g;
// "1-op-1", "één-op-één", "1:1", "1-on-1" become "one-on-one", so their digits are not read as a measure.
const ONE_ON_ONE_WORDS = /(^|[^\p{L}\p{N}])(?:1|een|één)(?:\s*-\s*|\s+)(?:op|on|to)(?:\s*-\s*|\s+)(?:1|een|één)(?=$|[^\p{L}\p{N}])/gu;
const ONE_ON_ONE_COLON = /(^|[^\p{L}\p{N}])1\s*:\s*1(?=$|[^\p{L}\p{N}])/gu;

// Numeric dates are taken out first: they make the goal time-bound, but their digits count nothing.
export function readGoalText(statement: string): GoalText {
	const lower = normalise(statement);
	const withoutDates = lower.replace(NUMERIC_DATE, " ");
	const text = withoutDates.replace(ONE_ON_ONE_WORDS, "$1 one-on-one ").replace(ONE_ON_ONE_COLON, "$1 one-on-one ");
	return { clauses: clausesOf(text), hadNumericDate: withoutDates !== lower, hadPercent: lower.includes("%") };
}
