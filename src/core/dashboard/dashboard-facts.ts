import { isMine } from "../index/my-notes";
import type { NoteIndex } from "../index/note-index";
import type { LinkResolver } from "../schema/note-record";
import type { CaseNote, GoalNote, ReportNote, SessionNote, TrajectoryNote } from "../schema/notes";
import { bySessionDate } from "../sessions/session-rules";

/**
 * Everything the dashboard's sections ask of the index, gathered in one sweep over the notes and one
 * resolution of each link that matters, so no section scans all reports or cases again.
 */
export interface DashboardFacts {
	trajectories: TrajectoryNote[];
	trajectoryByPath: Map<string, TrajectoryNote>;
	sessions: SessionNote[];
	sessionByPath: Map<string, SessionNote>;
	/** The trajectory each session links to; absent when it links to none that exists. */
	sessionTrajectory: Map<string, string>;
	/** The sessions of each trajectory, by date. */
	sessionsByTrajectory: Map<string, SessionNote[]>;
	myGoals: GoalNote[];
	goalTrajectory: Map<string, string>;
	myReports: ReportNote[];
	reportSession: Map<string, string>;
	/** Per report of mine, the path each item of `goals` resolves to (null when broken). */
	reportGoals: Map<string, (string | null)[]>;
	myReportsBySession: Map<string, ReportNote[]>;
	myReportsByGoal: Map<string, ReportNote[]>;
	myCases: CaseNote[];
	caseByPath: Map<string, CaseNote>;
	caseSession: Map<string, string>;
	/** Cases that link to a session, mine first. */
	casesBySession: Map<string, CaseNote[]>;
	myCaseCountByGoal: Map<string, number>;
}

export function gatherFacts(index: NoteIndex, resolver: LinkResolver, me: string): DashboardFacts {
	const facts: DashboardFacts = {
		trajectories: [],
		trajectoryByPath: new Map(),
		sessions: [],
		sessionByPath: new Map(),
		sessionTrajectory: new Map(),
		sessionsByTrajectory: new Map(),
		myGoals: [],
		goalTrajectory: new Map(),
		myReports: [],
		reportSession: new Map(),
		reportGoals: new Map(),
		myReportsBySession: new Map(),
		myReportsByGoal: new Map(),
		myCases: [],
		caseByPath: new Map(),
		caseSession: new Map(),
		casesBySession: new Map(),
		myCaseCountByGoal: new Map(),
	};
	const otherCases: CaseNote[] = [];
	for (const { note } of index.all()) {
		if (note?.kind === "trajectory") {
			facts.trajectories.push(note);
			facts.trajectoryByPath.set(note.path, note);
		} else if (note?.kind === "session") {
			facts.sessions.push(note);
			facts.sessionByPath.set(note.path, note);
		} else if (note?.kind === "goal") {
			if (isMine(note, me)) facts.myGoals.push(note);
		} else if (note?.kind === "report") {
			if (isMine(note, me)) facts.myReports.push(note);
		} else if (note?.kind === "case") {
			facts.caseByPath.set(note.path, note);
			if (isMine(note, me)) facts.myCases.push(note);
			else otherCases.push(note);
		}
	}
	const resolve = (link: string | null, from: string): string | null => (link === null ? null : resolver.resolve(link, from));
	const linkTo = <T>(map: Map<string, T>, link: string | null, from: string): string | null => {
		const path = resolve(link, from);
		return path !== null && map.has(path) ? path : null;
	};

	for (const session of facts.sessions) {
		const trajectory = linkTo(facts.trajectoryByPath, session.trajectory, session.path);
		if (trajectory === null) continue;
		facts.sessionTrajectory.set(session.path, trajectory);
		push(facts.sessionsByTrajectory, trajectory, session);
	}
	for (const sessions of facts.sessionsByTrajectory.values()) sessions.sort(bySessionDate);
	for (const goal of facts.myGoals) {
		const trajectory = linkTo(facts.trajectoryByPath, goal.trajectory, goal.path);
		if (trajectory !== null) facts.goalTrajectory.set(goal.path, trajectory);
	}
	for (const report of facts.myReports) {
		const session = linkTo(facts.sessionByPath, report.session, report.path);
		if (session !== null) {
			facts.reportSession.set(report.path, session);
			push(facts.myReportsBySession, session, report);
		}
		const goals = report.goals.map((link) => resolve(link, report.path));
		facts.reportGoals.set(report.path, goals);
		for (const goal of new Set(goals)) if (goal !== null) push(facts.myReportsByGoal, goal, report);
	}
	for (const kase of [...facts.myCases, ...otherCases]) {
		const session = linkTo(facts.sessionByPath, kase.session, kase.path);
		if (session !== null) {
			facts.caseSession.set(kase.path, session);
			push(facts.casesBySession, session, kase);
		}
	}
	for (const kase of facts.myCases) {
		for (const goal of new Set(kase.goals.map((link) => resolve(link, kase.path)))) {
			if (goal !== null) facts.myCaseCountByGoal.set(goal, (facts.myCaseCountByGoal.get(goal) ?? 0) + 1);
		}
	}
	return facts;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
