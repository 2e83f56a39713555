import type { RatingPoint } from "../dashboard/dashboard-model";
import type { Language } from "../i18n/language";
import type { QuestionShare } from "../questions/question-share";
import type { GoalStatus, SessionStatus } from "../schema/kinds";

/**
 * What the facilitator view shows over a group folder, as plain data: built by the core from the
 * facilitator's own sessions and the members' shared copies, turned into DOM by the adapter. Texts that
 * come from notes are plain strings. Dates are `YYYY-MM-DD`; every `path` opens a note.
 */
export interface FacilitatorModel {
	today: string;
	/** The language that chart summaries and method names are worded in. */
	language: Language;
	/** No members and no sessions yet: show the first-run state. */
	empty: boolean;
	header: GroupHeader;
	/** Every session of the trajectory once, by date: the columns of the attendance matrix. */
	sessions: GroupSession[];
	/** One row per member, one cell per session, in the order of `sessions`. */
	attendance: AttendanceRow[];
	rotation: RotationRow[];
	/** Held sessions, newest first. */
	missingReports: SessionReports[];
	/** Themes of held sessions, most frequent first. */
	themes: Covered[];
	/** Methods of held sessions, most frequent first. */
	methods: Covered[];
	/** The question round of held sessions, oldest first. */
	questions: QuestionTrend;
	members: MemberCard[];
}

export interface SessionRef {
	path: string;
	number: number | null;
	date: string | null;
}

export interface GroupHeader {
	path: string;
	name: string;
	start: string | null;
	end: string | null;
	facilitator: string | null;
	/** The names of the member rows, in order. */
	members: string[];
	sessionsHeld: number;
	/** From the trajectory's `sessions-planned`, else the sessions that were not cancelled or moved. */
	sessionsPlanned: number;
	next: { path: string; number: number | null; date: string; daysToGo: number } | null;
	scale: { min: number; max: number };
}

export interface GroupSession extends SessionRef {
	title: string;
	/** As in the dashboard: a `planned` session dated before today counts as held. */
	state: SessionStatus;
	caseBringers: string[];
	theme: string | null;
	method: string | null;
	/** Null for the facilitator's own note; else the member whose shared copy is the only one. */
	sharedBy: string | null;
}

/** `no-session`: the session was cancelled or moved, so nobody could attend. */
export type AttendanceMark = "present" | "absent" | "unknown" | "no-session";

export interface AttendanceRow {
	member: string;
	cells: { sessionPath: string; mark: AttendanceMark }[];
	present: number;
	absent: number;
}

export interface RotationRow {
	member: string;
	/** Held sessions where the member brought a case, oldest first. */
	brought: SessionRef[];
	/** The first planned session with the member as case-bringer. */
	next: SessionRef | null;
	/** Has not brought a case in a held session yet. */
	notYet: boolean;
}

export interface SessionReports extends SessionRef {
	title: string;
	/** False when the session lists no attendance: then every listed member is expected to report. */
	attendanceKnown: boolean;
	expected: string[];
	/** Expected members without a shared report on the session, in member order. */
	missing: string[];
	/** The shared reports found, in member order. */
	found: { member: string; path: string }[];
}

export interface Covered {
	/** Theme in lower case, or the method id. */
	key: string;
	/** As first written (themes) or the method's name in `language`. */
	name: string;
	count: number;
	sessions: SessionRef[];
}

export interface QuestionTrend {
	/** Held sessions whose notes keep a tally, oldest first. */
	sessions: SessionQuestions[];
	/** Held sessions whose notes keep none. */
	untallied: number;
}

export interface SessionQuestions extends SessionRef {
	title: string;
	/** The note the tally was read from: the session's own path, or a member's copy. */
	tallyPath: string;
	/** Null when the tally is the facilitator's own; else the member whose copy holds it. */
	sharedBy: string | null;
	questions: QuestionShare;
}

export interface MemberCard {
	name: string;
	/** The member's subfolder of the group folder; null when they have shared nothing yet. */
	folder: string | null;
	/** Named in the trajectory's `members`; false for a subfolder of someone the list does not name. */
	listed: boolean;
	reportCount: number;
	caseCount: number;
	goals: MemberGoal[];
}

export interface MemberGoal {
	path: string;
	title: string;
	status: GoalStatus;
	deadline: string | null;
	baseline: number | null;
	target: number | null;
	scale: { min: number; max: number };
	/** Ratings from the member's shared reports, oldest first. */
	points: RatingPoint[];
	/** One sentence describing the chart for screen readers, in `language`. */
	chartSummary: string;
}
