import type { CaseStatus, GoalStatus, ReportRole, SessionStatus } from "./kinds";
import type { Problem } from "./problem";
import type { NotedTally } from "../questions/question-tally";

/** What every note of ours has after reading, with fallbacks applied. */
export interface NoteBase {
	path: string;
	/** File name without extension: what links and lists show. */
	title: string;
	/** Stable identity; falls back to the path when the note has no `id`. */
	id: string;
	/** Whose note it is; falls back to the current user's name. */
	author: string;
	schema: number;
	/** Written by a newer version of the schema: read, never written. */
	newerSchema: boolean;
	/** `shared: true`: a copy that *Share with group* wrote into a group folder. */
	shared: boolean;
	/** The day it was shared, on such a copy. */
	sharedAt: string | null;
}

export interface TrajectoryNote extends NoteBase {
	kind: "trajectory";
	name: string;
	start: string | null;
	end: string | null;
	members: string[];
	facilitator: string | null;
	sessionsPlanned: number | null;
	scaleMin: number;
	scaleMax: number;
	/** `scale-min-label`, `scale-max-label`: what the lowest and highest rating mean; null for the default words. */
	scaleMinLabel: string | null;
	scaleMaxLabel: string | null;
	/** `group-folder`: the folder the group shares in, inside the groups folder; null for the trajectory's name. */
	groupFolder: string | null;
}

export interface GoalNote extends NoteBase {
	kind: "goal";
	status: GoalStatus;
	created: string | null;
	deadline: string | null;
	/** Link target of the trajectory, when the goal belongs to one. */
	trajectory: string | null;
	baseline: number | null;
	target: number | null;
}

export interface CaseNote extends NoteBase {
	kind: "case";
	date: string | null;
	session: string | null;
	method: string | null;
	question: string | null;
	goals: string[];
	status: CaseStatus;
}

export interface SessionNote extends NoteBase {
	kind: "session";
	date: string | null;
	number: number | null;
	trajectory: string | null;
	status: SessionStatus;
	caseBringers: string[];
	cases: string[];
	facilitator: string | null;
	noteTaker: string | null;
	method: string | null;
	theme: string | null;
	attendance: string[];
	/** `run-log`: the timestamped events of a run in facilitation mode, as written. */
	runLog: string[];
	/** The question round's tally (`questions-open` …); null when the note keeps none. */
	questions: NotedTally | null;
}

export interface ReportNote extends NoteBase {
	kind: "report";
	date: string | null;
	session: string | null;
	role: ReportRole | null;
	case: string | null;
	goals: string[];
	/** `ratings[i]` rates `goals[i]`; null where a goal was not rated. */
	ratings: (number | null)[];
	/** The reflection model the report follows (`alact`, `gibbs` …); null for the plain report. */
	reflection: string | null;
}

/** What the three-party conversations (participant, manager, facilitator) at start and end have in common. */
interface ThreePartyNote extends NoteBase {
	date: string | null;
	/** Link target of the trajectory. */
	trajectory: string | null;
	/** Whose goals these are; falls back to the author. */
	participant: string | null;
	manager: string | null;
	facilitator: string | null;
	goals: string[];
	/** `ratings[i]` rates `goals[i]`: the baseline at the intake, the final rating at the evaluation. */
	ratings: (number | null)[];
}

/** The conversation at the start of a trajectory: the goals agreed, with their baselines. */
export interface IntakeNote extends ThreePartyNote {
	kind: "intake";
}

/** The conversation at the end of a trajectory: a final rating and a conclusion per goal. */
export interface EvaluationNote extends ThreePartyNote {
	kind: "evaluation";
}

export type IntervisieNote = TrajectoryNote | GoalNote | CaseNote | SessionNote | ReportNote | IntakeNote | EvaluationNote;

export interface ReadResult {
	note: IntervisieNote | null;
	problems: Problem[];
}
