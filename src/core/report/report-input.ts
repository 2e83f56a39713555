import type { Language } from "../i18n/language";
import type { RatingScale } from "../rating/rating-scale";
import type { GoalStatus } from "../schema/kinds";

/**
 * Everything a trajectory report shows, as plain data: built from the notes by `assembleReport` (after the
 * privacy filter), turned into markdown or HTML by the report builders. Texts are plain text as written
 * in the notes; the builders escape them. Dates are `YYYY-MM-DD`.
 */
export interface TrajectoryReportInput {
	language: Language;
	/** The day the report is made. */
	date: string;
	/** Whose report this is: the participant. */
	member: string;
	trajectory: ReportTrajectory;
	/** The member's own learning goals in this trajectory, active ones first. */
	goals: ReportGoal[];
	/** Held sessions of the trajectory, oldest first. */
	sessions: ReportSession[];
	/** One per own report that says what the member learned, oldest first. */
	insights: ReportInsight[];
	/** Task lines of the member's own reports, oldest report first. */
	actions: ReportAction[];
	intake: ReportConversation | null;
	evaluation: ReportConversation | null;
}

export interface ReportTrajectory {
	name: string;
	start: string | null;
	end: string | null;
	facilitator: string | null;
	scale: { min: number; max: number };
}

export interface ReportGoal {
	title: string;
	status: GoalStatus;
	/** The behaviour the goal describes (its "What I will do" section), or "" when not written yet. */
	statement: string;
	baseline: number | null;
	target: number | null;
	deadline: string | null;
	/** Quality criteria the statement seems not to meet, already worded as advice. */
	hints: string[];
	/** Ratings from the member's reports, oldest first. */
	ratings: ReportRating[];
	/** The scale of the goal's ratings, by the one rule (its trajectory's, else the default scale). */
	scale: RatingScale;
}

export interface ReportRating {
	date: string;
	rating: number;
}

export interface ReportSession {
	date: string | null;
	number: number | null;
	theme: string | null;
	/** The method's name, in the report's language. */
	method: string | null;
	/** Null when the session records no attendance. */
	attended: boolean | null;
	broughtCase: boolean;
	/** The question of the member's own case in this session, when it may be shown. */
	caseQuestion: string | null;
}

/**
 * A text the participant may leave out of the report (the Obsidian command lets them untick it).
 * `id` is stable for one set of notes: the source note's path and the item's place in it.
 */
export interface ReportItem {
	id: string;
}

export interface ReportInsight extends ReportItem {
	date: string | null;
	/** Title of the report it comes from. */
	source: string;
	text: string;
}

export interface ReportAction extends ReportItem {
	text: string;
	due: string | null;
	done: boolean;
	/** Title of the report it comes from. */
	source: string;
}

export interface ReportGoalRating {
	title: string;
	rating: number | null;
	/** What the note says about this goal (its `### [[Goal]]` section); "" when nothing. */
	text: string;
}

/** A part of a note with its heading, such as *Agreements* or *Next steps*. */
export interface ReportTextPart {
	heading: string;
	text: string;
}

/** The intake or the final evaluation: the talk of participant, manager and facilitator. */
export interface ReportConversation {
	date: string | null;
	manager: string | null;
	facilitator: string | null;
	/** The note's parts other than the goals, in the note's order, each with its text. */
	parts: ReportTextPart[];
	/** Per goal the rating agreed (the starting point at the intake, the final rating at the evaluation) and what was said. */
	goals: ReportGoalRating[];
}
