import { bySessionDate, isHeld } from "../sessions/session-rules";
import { isMine, sameName } from "../index/my-notes";
import type { NoteIndex } from "../index/note-index";
import type { LinkResolver } from "../schema/note-record";
import type { CaseNote, EvaluationNote, GoalNote, IntakeNote, ReportNote, SessionNote, TrajectoryNote } from "../schema/notes";

/**
 * The notes one member's trajectory report is made of, none of them private: the held sessions of the
 * trajectory, and of the member's own notes only the goals, reports and cases that belong to it.
 * Other members' notes never enter: the report is about the participant, not about the group.
 */
export interface ReportScope {
	/** Null: no trajectory note, so every session and every note of the member counts. */
	trajectory: TrajectoryNote | null;
	/** Held by today, oldest first. */
	sessions: SessionNote[];
	goals: GoalNote[];
	/** Oldest first. */
	reports: ReportNote[];
	reportDate: Map<string, string | null>;
	/** Per report, the path each item of its `goals` resolves to. */
	reportGoals: Map<string, (string | null)[]>;
	/** All the member's own cases; a session shows the one it names or that names it. */
	cases: CaseNote[];
	intake: IntakeNote | null;
	evaluation: EvaluationNote | null;
	resolve(link: string | null, from: string): string | null;
}

export interface ScopeInput {
	index: NoteIndex;
	resolver: LinkResolver;
	member: string;
	trajectory: string | null;
	today: string;
	isPrivate: (path: string) => boolean;
}

export function reportScope({ index, resolver, member, trajectory: trajectoryPath, today, isPrivate }: ScopeInput): ReportScope {
	const resolve = (link: string | null, from: string): string | null => (link ? resolver.resolve(link, from) : null);
	const open = <T extends { path: string }>(notes: T[]): T[] => notes.filter((n) => !isPrivate(n.path));
	const trajectoryNote = index.note(trajectoryPath);
	const trajectory = trajectoryNote?.kind === "trajectory" && !isPrivate(trajectoryNote.path) ? trajectoryNote : null;
	const inTrajectory = (link: string | null, from: string): boolean => trajectory === null || resolve(link, from) === trajectory.path;

	const allSessions = open(index.ofKind("session")).filter((s) => inTrajectory(s.trajectory, s.path));
	const sessionPaths = new Set(allSessions.map((s) => s.path));
	const sessionDate = new Map(allSessions.map((s) => [s.path, s.date]));
	const sessions = allSessions.filter((s) => isHeld(s, today)).sort(bySessionDate);

	const conversations = <T extends IntakeNote | EvaluationNote>(notes: T[]): T | null =>
		open(notes)
			.filter((n) => sameName(n.participant ?? n.author, member) && inTrajectory(n.trajectory, n.path))
			.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.path.localeCompare(b.path))[0] ?? null;
	const intake = conversations(index.ofKind("intake"));
	const evaluation = conversations(index.ofKind("evaluation"));

	const myGoals = open(index.ofKind("goal")).filter((g) => isMine(g, member));
	const ownGoals = new Set(myGoals.filter((g) => trajectory !== null && inTrajectory(g.trajectory, g.path)).map((g) => g.path));
	const myReports = open(index.ofKind("report")).filter((r) => isMine(r, member));
	const reportGoals = new Map(myReports.map((r) => [r.path, r.goals.map((link) => resolve(link, r.path))]));
	const reportSession = (r: ReportNote): string | null => {
		const session = resolve(r.session, r.path);
		return session !== null && sessionPaths.has(session) ? session : null;
	};
	// A report belongs by its session; one without a session, by the goals of this trajectory it rates.
	const reports = myReports.filter((r) => trajectory === null || reportSession(r) !== null || (r.session === null && (reportGoals.get(r.path) ?? []).some((g) => g !== null && ownGoals.has(g))));
	const reportDate = new Map(reports.map((r) => [r.path, r.date ?? sessionDate.get(reportSession(r) ?? "") ?? null]));
	reports.sort((a, b) => (reportDate.get(a.path) ?? "").localeCompare(reportDate.get(b.path) ?? "") || a.path.localeCompare(b.path));

	// Goals outside any trajectory count when this trajectory's reports, intake or evaluation name them.
	const named = new Set<string | null>([
		...reports.flatMap((r) => reportGoals.get(r.path) ?? []),
		...[intake, evaluation].flatMap((n) => (n ? n.goals.map((link) => resolve(link, n.path)) : [])),
	]);
	const goals = myGoals.filter((g) => trajectory === null || ownGoals.has(g.path) || (resolve(g.trajectory, g.path) === null && named.has(g.path)));

	const cases = open(index.ofKind("case")).filter((c) => isMine(c, member));
	return { trajectory, sessions, goals, reports, reportDate, reportGoals, cases, intake, evaluation, resolve };
}
