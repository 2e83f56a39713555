import { sameName } from "../index/my-notes";
import { daysBetween, isDay } from "../dates/local-day";
import { PlanError } from "./plan-error";
import { planSessions } from "./plan-sessions";
import type { ExistingSession, PlannedSession } from "./plan-sessions";
import { MAX_INTERVAL_WEEKS, MIN_INTERVAL_WEEKS } from "./session-dates";

/** More sessions than this in one go is a typing error, not a plan. */
export const MAX_SESSIONS = 50;

/** What the plan form holds. `rhythm` is `spread` (over the trajectory's period) or a number of weeks. */
export interface PlanForm {
	rhythm: string;
	count: string;
	start: string;
	outside: boolean;
	outsideName: string;
}

export interface PlanContext {
	members: readonly string[];
	/** The trajectory's end: sessions spread up to it (over a year when there is none). */
	end: string | null;
	existing: readonly ExistingSession[];
}

export type PlanProblem =
	| { code: "count" | "start" | "rhythm" | "outside-name" | "too-few-members" | "too-many" }
	| { code: "outside-is-member"; name: string }
	| { code: "end-before-start"; end: string }
	| { code: "other"; message: string };

export type PlanResult = { ok: true; plan: PlannedSession[]; outsideFacilitator: string | null } | { ok: false; problem: PlanProblem };

/** Turns the form into a plan, or says in one problem what to change first. */
export function planFromForm(form: PlanForm, context: PlanContext): PlanResult {
	const fail = (problem: PlanProblem): PlanResult => ({ ok: false, problem });
	const count = /^\s*\d+\s*$/.test(form.count) ? Number(form.count) : NaN;
	if (!(count >= 1 && count <= MAX_SESSIONS)) return fail({ code: "count" });
	const start = form.start.trim();
	if (!isDay(start)) return fail({ code: "start" });
	const weeks = form.rhythm === "spread" ? null : Number(form.rhythm);
	if (weeks !== null && !(Number.isInteger(weeks) && weeks >= MIN_INTERVAL_WEEKS && weeks <= MAX_INTERVAL_WEEKS)) return fail({ code: "rhythm" });
	const outside = form.outside ? form.outsideName.trim() : null;
	if (outside === "") return fail({ code: "outside-name" });
	if (outside !== null) {
		const member = context.members.find((m) => sameName(m, outside));
		if (member !== undefined) return fail({ code: "outside-is-member", name: member });
	}
	if (outside === null && context.members.length < 2) return fail({ code: "too-few-members" });
	const end = weeks === null ? context.end : null;
	if (end !== null && isDay(end)) {
		if (daysBetween(start, end) < 0) return fail({ code: "end-before-start", end });
		if (count > 1 && daysBetween(start, end) < count - 1) return fail({ code: "too-many" });
	}
	try {
		const plan = planSessions({ members: [...context.members], start, end, sessions: count, every: weeks === null ? null : { weeks }, outsideFacilitator: outside, existing: [...context.existing] });
		return { ok: true, plan, outsideFacilitator: outside };
	} catch (error) {
		if (error instanceof PlanError) return fail({ code: "other", message: error.message });
		throw error;
	}
}
