import type { AnyKind } from "../schema/kinds";
import type { Problem } from "../schema/problem";
import type { CriterionId } from "../coaching/criteria";

export interface CheckedNote {
	path: string;
	kind: AnyKind;
}

/** Advice from goal coaching: never an error, never changes an exit code. */
export interface GoalHint {
	path: string;
	criterion: CriterionId;
	message: string;
}

export interface CheckReport {
	notes: CheckedNote[];
	problems: Problem[];
	hints: GoalHint[];
}
