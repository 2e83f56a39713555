import type { CriterionId } from "./criteria";

/** The fields of the goal form that a criterion's tip is about. */
export type GoalField = "statement" | "whereWhen" | "evidence" | "deadline";

const FIELD_OF: Record<CriterionId, GoalField> = {
	positive: "statement",
	observable: "statement",
	"own-control": "statement",
	"where-when": "whereWhen",
	measurable: "evidence",
	"time-bound": "deadline",
};

/** Where a criterion's tip belongs in the goal form: next to the field that meets it. */
export function fieldOfCriterion(criterion: CriterionId): GoalField {
	return FIELD_OF[criterion];
}
