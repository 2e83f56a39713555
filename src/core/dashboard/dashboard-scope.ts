import type { SessionNote, TrajectoryNote } from "../schema/notes";
import type { DashboardFacts } from "./dashboard-facts";
import { bySessionDate, heldNewestFirst, nextSession } from "../sessions/session-rules";

/** What the shown trajectory covers: its sessions, and the notes that belong to it or to no trajectory. */
export interface DashboardScope {
	trajectory: TrajectoryNote | null;
	/** Sorted by date. */
	sessions: SessionNote[];
	next: SessionNote | null;
	heldNewestFirst: SessionNote[];
	/** Whether a note that belongs to this trajectory (or to none: undefined) is shown. */
	covers(trajectoryPath: string | undefined): boolean;
}

export function scopeOf(facts: DashboardFacts, trajectory: TrajectoryNote | null, today: string): DashboardScope {
	const reported = (session: SessionNote): boolean => facts.myReportsBySession.has(session.path);
	const sessions = trajectory ? [...(facts.sessionsByTrajectory.get(trajectory.path) ?? [])] : [...facts.sessions].sort(bySessionDate);
	return {
		trajectory,
		sessions,
		next: nextSession(sessions, today, reported),
		heldNewestFirst: heldNewestFirst(sessions, today, reported),
		covers: (path) => trajectory === null || path === undefined || path === trajectory.path,
	};
}

/** The trajectory a report or case belongs to: that of its session. */
export function trajectoryVia(facts: DashboardFacts, sessionPath: string | undefined): string | undefined {
	return sessionPath === undefined ? undefined : facts.sessionTrajectory.get(sessionPath);
}
