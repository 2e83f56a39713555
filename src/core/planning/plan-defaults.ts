import { addDaysToDay, daysBetween } from "../dates/local-day";
import { sameName } from "../index/my-notes";
import { countsInRotation } from "./counts";
import { DEFAULT_SPAN_DAYS } from "./session-dates";

export const SESSIONS_PER_YEAR = 5;
/** After the last existing session, the plan starts this many days later. */
export const DAYS_AFTER_LAST = 14;

export interface PlanDefaultsInput {
	trajectory: { start: string | null; end: string | null; members: readonly string[]; facilitator: string | null; sessionsPlanned: number | null };
	/** The trajectory's existing sessions. */
	sessions: readonly { date: string | null; status: string }[];
	today: string;
}

export interface PlanDefaults {
	count: number;
	start: string;
	/** The trajectory's facilitator when not a member: then they lead every session. */
	outsideFacilitator: string | null;
}

/**
 * What the plan form starts with: the sessions still to plan (sessions-planned, or five a year of the
 * trajectory's period, minus the sessions that already count), from the trajectory's start, today, or two
 * weeks after the last existing session, whichever is latest.
 */
export function planDefaults({ trajectory, sessions, today }: PlanDefaultsInput): PlanDefaults {
	const counted = sessions.filter((s) => countsInRotation(s.status));
	const periodStart = trajectory.start ?? today;
	const periodEnd = trajectory.end ?? addDaysToDay(periodStart, DEFAULT_SPAN_DAYS);
	const wanted = trajectory.sessionsPlanned ?? Math.ceil((SESSIONS_PER_YEAR * Math.max(0, daysBetween(periodStart, periodEnd))) / DEFAULT_SPAN_DAYS);
	const count = Math.max(1, wanted - counted.length);

	let start = periodStart > today ? periodStart : today;
	const last = counted.reduce<string | null>((latest, s) => (s.date !== null && (latest === null || s.date > latest) ? s.date : latest), null);
	if (last !== null && last >= start) start = addDaysToDay(last, DAYS_AFTER_LAST);

	const facilitator = trajectory.facilitator?.trim() || null;
	const isMember = facilitator !== null && trajectory.members.some((m) => sameName(m, facilitator));
	return { count, start, outsideFacilitator: isMember ? null : facilitator };
}
