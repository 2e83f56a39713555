import type { RatingScale } from "../rating/rating-scale";
import type { GoalStatus, ReportRole, SessionStatus } from "../schema/kinds";
import type { ProblemCode, Severity } from "../schema/problem";
import type { QuestionShare } from "../questions/question-share";

/**
 * What the dashboard shows, as plain data: built by the core from the index, turned into DOM by the
 * adapter. Texts that come from notes are plain strings; the renderer never treats them as HTML.
 * Dates are `YYYY-MM-DD`; every `path` opens a note when its row is activated.
 */
export interface DashboardModel {
	/** Today, local. */
	today: string;
	/** Whose dashboard this is. */
	me: string;
	/** True when there is nothing of ours in the vault yet: show the first-run state. */
	empty: boolean;
	trajectories: TrajectoryChoice[];
	/** The trajectory shown, or null for goals and reports outside any trajectory. */
	header: TrajectoryHeader | null;
	goals: GoalsSection;
	sessions: SessionRow[];
	rhythm: RhythmSection;
	problems: ProblemRow[];
	reminders: Reminder[];
}

export interface TrajectoryChoice {
	path: string;
	name: string;
	selected: boolean;
}

export interface TrajectoryHeader {
	path: string;
	name: string;
	start: string | null;
	end: string | null;
	sessionsHeld: number;
	sessionsPlanned: number;
	next: { path: string; date: string; daysToGo: number; iAmCaseBringer: boolean } | null;
	/** My case preparation for the next session, when I bring the case there. */
	myCasePreparation: { path: string | null; ready: boolean } | null;
	/** My report for the last held session. */
	lastReport: { sessionPath: string; reportPath: string | null } | null;
	/** The scale of this trajectory's goals, and what its ends mean. */
	scale: RatingScale;
}

export type GoalFilter = "active" | "all";

export interface GoalsSection {
	filter: GoalFilter;
	/** Goals after the filter, in display order; `total` counts all goals before filtering. */
	rows: GoalRow[];
	total: number;
}

export interface RatingPoint {
	date: string;
	rating: number;
	reportPath: string;
}

export interface GoalRow {
	path: string;
	title: string;
	status: GoalStatus;
	deadline: string | null;
	/** Days from today to the deadline; negative when overdue. */
	daysLeft: number | null;
	baseline: number | null;
	target: number | null;
	scale: { min: number; max: number };
	points: RatingPoint[];
	lastReflected: string | null;
	reportCount: number;
	caseCount: number;
	/** Other notes that link to the goal (daily notes, meeting notes): evidence. */
	evidenceCount: number;
	/** Criteria the goal's statement seems not to meet (from coaching); 0 when the statement is unknown. */
	hintCount: number;
	/** Not reflected on in the last two held sessions. */
	stale: boolean;
	/** One sentence describing the chart for screen readers: trend from first to last rating. */
	chartSummary: string;
}

export interface SessionRow {
	path: string;
	number: number | null;
	date: string | null;
	status: SessionStatus;
	caseBringers: string[];
	method: string | null;
	theme: string | null;
	myRole: ReportRole;
	casePath: string | null;
	myReportPath: string | null;
	/** Held (or dated in the past and not cancelled) and I wrote no report. */
	reportMissing: boolean;
	isNext: boolean;
	/** The question round's tally, when I was the note-taker and the note keeps one. */
	questions: QuestionShare | null;
}

export interface RhythmMonth {
	/** `YYYY-MM`. */
	month: string;
	reports: number;
	cases: number;
}

export interface RhythmSection {
	months: RhythmMonth[];
	/** Consecutive held sessions, counting back from the latest, that have a report of mine. */
	streak: number;
}

export interface ProblemRow {
	path: string;
	title: string;
	severity: Severity;
	code: ProblemCode;
	message: string;
}

export type ReminderKind = "case-not-ready" | "report-missing" | "deadline-near" | "action-overdue";

export interface Reminder {
	kind: ReminderKind;
	path: string;
	/** Words for the reminder come from the UI strings; these are its facts. */
	title: string;
	date: string | null;
	days: number | null;
	/** Set when the reminder is about my case note, which can be marked ready from where it is listed. */
	caseNote?: true;
}
