import type { GoalStatus } from "../schema/kinds";

const STATUS_ORDER: Record<GoalStatus, number> = { active: 0, draft: 1, paused: 2, achieved: 3, dropped: 4 };

type Ordered = { status: GoalStatus; deadline: string | null; title: string; path: string };

/** Active goals first, then draft, paused, achieved, dropped; within a status the nearest deadline first. */
export function byStatusThenDeadline(a: Ordered, b: Ordered): number {
	const status = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
	if (status !== 0) return status;
	if (a.deadline !== b.deadline) return a.deadline === null ? 1 : b.deadline === null ? -1 : a.deadline < b.deadline ? -1 : 1;
	return a.title.localeCompare(b.title) || (a.path < b.path ? -1 : 1);
}
