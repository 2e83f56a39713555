import { addDaysToDay } from "../../core/dates/local-day";
import type { MyNotes } from "../../core/index/my-notes";
import { sameName } from "../../core/index/my-notes";
import type { ReportRole } from "../../core/schema/kinds";
import type { GoalNote, SessionNote } from "../../core/schema/notes";
import type { IntervisieSettings } from "../../core/settings/settings";

/** My role in a session, as the session note records it. */
export function roleIn(session: SessionNote | null, me: string): ReportRole {
	if (!session) return "participant";
	if (session.caseBringers.some((name) => sameName(name, me))) return "case-bringer";
	if (session.facilitator && sameName(session.facilitator, me)) return "facilitator";
	return "participant";
}

/** The rating scale for a goal: its trajectory's, else the default from the settings. */
export function scaleFor(goal: GoalNote, notes: MyNotes, settings: IntervisieSettings): { min: number; max: number } {
	const path = notes.resolve(goal.trajectory, goal.path);
	const trajectory = notes.trajectories().find((t) => t.path === path);
	return trajectory ? { min: trajectory.scaleMin, max: trajectory.scaleMax } : { min: settings.scaleMin, max: settings.scaleMax };
}

/** Actions are due by the next session, or in two weeks when none is planned. */
export function defaultDue(notes: MyNotes, today: string): string {
	const next = notes.nextSession(addDaysToDay(today, 1));
	return next?.date ?? addDaysToDay(today, 14);
}
