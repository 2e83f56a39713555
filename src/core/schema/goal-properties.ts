import type { FrontmatterData } from "../yaml/render-frontmatter";
import type { FieldReader } from "./field-reader";
import type { FrontmatterChange } from "./frontmatter-change";
import { GOAL_STATUSES, SCHEMA_VERSION } from "./kinds";
import type { GoalStatus } from "./kinds";
import { noteHead, wikilink, type NewNoteContext } from "./new-note-context";
import type { GoalNote, NoteBase } from "./notes";
import { P } from "./property-names";
import { GOAL_STATUS_ALIASES } from "./status-aliases";

/** A learning goal's properties: the reader, the writer of a new goal note, and *Set goal status*. */
export function readGoal(base: NoteBase, f: FieldReader): GoalNote {
	return {
		...base,
		kind: "goal",
		status: f.choice(P.status, GOAL_STATUSES, GOAL_STATUS_ALIASES) ?? "active",
		created: f.day(P.created),
		deadline: f.day(P.deadline),
		trajectory: f.link(P.trajectory),
		baseline: f.number(P.baseline),
		target: f.number(P.target),
	};
}

export interface NewGoal {
	status: GoalStatus;
	deadline: string | null;
	baseline: number | null;
	target: number | null;
	/** Link text of the trajectory, or null for a goal outside any trajectory. */
	trajectory: string | null;
}

export function newGoalProperties(goal: NewGoal, context: NewNoteContext): FrontmatterData {
	return {
		...noteHead("goal", context),
		[P.status]: goal.status,
		[P.created]: context.today,
		[P.deadline]: goal.deadline,
		[P.trajectory]: goal.trajectory ? wikilink(goal.trajectory) : undefined,
		[P.baseline]: goal.baseline,
		[P.target]: goal.target,
		[P.schema]: SCHEMA_VERSION,
	};
}

/** *Set goal status*: the goal's `status`, read back by the reader above (Dutch words and all). */
export function setGoalStatus(status: GoalStatus): FrontmatterChange {
	return (frontmatter) => {
		frontmatter[P.status] = status;
	};
}
