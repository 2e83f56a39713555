import { isMine, sameName } from "../index/my-notes";
import type { TrajectoryNote } from "../schema/notes";
import type { TrajectoryChoice } from "./dashboard-model";

/** Newest first: by start, undated last, then by name. */
export function newestFirst(trajectories: readonly TrajectoryNote[]): TrajectoryNote[] {
	return [...trajectories].sort((a, b) => {
		if (a.start !== b.start) return a.start === null ? 1 : b.start === null ? -1 : a.start > b.start ? -1 : 1;
		return a.name.localeCompare(b.name) || a.path.localeCompare(b.path);
	});
}

/**
 * The trajectory to show: the chosen one when it still exists; else, of those I take part in (or of all
 * when I take part in none), the newest that runs today, else the newest.
 */
export function chooseTrajectory(
	sorted: readonly TrajectoryNote[],
	chosen: string | null | undefined,
	me: string,
	today: string,
	myGoalTrajectories: ReadonlySet<string>,
): TrajectoryNote | null {
	return chooseAmong(sorted, myTrajectories(sorted, me, myGoalTrajectories), chosen, today);
}

/** The trajectories, newest first, that I take part in: as a member, facilitator or author, or by a goal of mine. */
export function myTrajectories(sorted: readonly TrajectoryNote[], me: string, myGoalTrajectories: ReadonlySet<string>): TrajectoryNote[] {
	return sorted.filter((t) => takesPart(t, me, myGoalTrajectories));
}

/** `chooseTrajectory` with the trajectories I take part in worked out beforehand. */
export function chooseAmong(sorted: readonly TrajectoryNote[], mine: readonly TrajectoryNote[], chosen: string | null | undefined, today: string): TrajectoryNote | null {
	const picked = chosen ? sorted.find((t) => t.path === chosen) : undefined;
	if (picked) return picked;
	const candidates = mine.length > 0 ? mine : sorted;
	return candidates.find((t) => runsOn(t, today)) ?? candidates[0] ?? null;
}

export function trajectoryChoices(sorted: readonly TrajectoryNote[], shown: TrajectoryNote | null): TrajectoryChoice[] {
	return sorted.map((t) => ({ path: t.path, name: t.name, selected: t === shown }));
}

function takesPart(trajectory: TrajectoryNote, me: string, myGoalTrajectories: ReadonlySet<string>): boolean {
	return (
		isMine(trajectory, me) ||
		trajectory.members.some((name) => sameName(name, me)) ||
		(trajectory.facilitator !== null && sameName(trajectory.facilitator, me)) ||
		myGoalTrajectories.has(trajectory.path)
	);
}

/** A trajectory with neither start nor end is not known to run on any day. */
function runsOn(trajectory: TrajectoryNote, today: string): boolean {
	const { start, end } = trajectory;
	if (start === null && end === null) return false;
	return (start === null || start <= today) && (end === null || today <= end);
}
