import type { CriterionId } from "../../../src/core/coaching/criteria";

/** A goal as someone wrote it, with the criteria a careful reader would hint at. */
export interface LabelledGoal {
	statement: string;
	deadline?: string | null;
	unmet: CriterionId[];
}
