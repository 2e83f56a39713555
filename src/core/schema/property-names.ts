/** Property names of schema v1. Stable: users query them with Dataview and Bases. */
export const P = {
	kind: "intervisie",
	id: "id",
	author: "author",
	schema: "schema",
	name: "name",
	start: "start",
	end: "end",
	members: "members",
	facilitator: "facilitator",
	sessionsPlanned: "sessions-planned",
	scaleMin: "scale-min",
	scaleMax: "scale-max",
	scaleMinLabel: "scale-min-label",
	scaleMaxLabel: "scale-max-label",
	status: "status",
	created: "created",
	deadline: "deadline",
	trajectory: "trajectory",
	baseline: "baseline",
	target: "target",
	date: "date",
	session: "session",
	method: "method",
	question: "question",
	goals: "goals",
	ratings: "ratings",
	role: "role",
	case: "case",
	number: "number",
	caseBringers: "case-bringers",
	cases: "cases",
	noteTaker: "note-taker",
	theme: "theme",
	attendance: "attendance",
	/** Timestamps of a session run in facilitation mode: phase changes, pauses and the end. */
	runLog: "run-log",
	reflection: "reflection",
	/** `true` keeps the whole note out of every shared copy, export and report. */
	private: "private",
	/** `true` on a copy written into a group folder by *Share with group*. */
	shared: "shared",
	sharedAt: "shared-at",
	/** Where a trajectory's group shares its notes; else `<groups folder>/<trajectory name>`. */
	groupFolder: "group-folder",
	participant: "participant",
	manager: "manager",
	/** The question round's tally on a session note, numbers written by facilitation mode (docs/question-coach.md). */
	questionsOpen: "questions-open",
	questionsClosed: "questions-closed",
	questionsAdvice: "questions-advice",
	questionsLeading: "questions-leading",
	questionsHelped: "questions-helped",
} as const;

/**
 * Properties whose values are links to notes, also where they are typed as plain text (`session: Session 3`
 * names the note "Session 3"). `goals` pairs with `ratings` by position.
 */
export const LINK_PROPERTIES: readonly string[] = [P.trajectory, P.session, P.case, P.goals, P.cases];
