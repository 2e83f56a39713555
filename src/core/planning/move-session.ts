import { addDaysToDay, daysBetween, isDay } from "../dates/local-day";
import { countsInRotation } from "./counts";
import type { ChangeResult, SessionState } from "./session-changes";
import { changeResult, findSession, isLater } from "./session-changes";

export interface MoveRequest {
	/** The trajectory's sessions. */
	sessions: readonly SessionState[];
	/** Path of the session to move. */
	target: string;
	date: string;
	/** Move every later planned session by the same number of days; held and cancelled ones never move. */
	shiftLater: boolean;
}

/** Gives a planned session a new date, and the later planned sessions too when asked. Rotation stays as it is. */
export function moveSession({ sessions, target, date, shiftLater }: MoveRequest): ChangeResult {
	const session = findSession(sessions, target);
	if (session.status !== "planned") return { ok: false, problem: { code: "not-planned", status: session.status } };
	if (!isDay(date)) return { ok: false, problem: { code: "not-a-date" } };
	if (session.date === date) return { ok: false, problem: { code: "same-date" } };
	if (shiftLater && session.date === null) return { ok: false, problem: { code: "no-date" } };
	const days = session.date === null ? 0 : daysBetween(session.date, date);

	const after = sessions.map((s) => {
		if (s === session) return { ...s, date };
		if (shiftLater && s.status === "planned" && s.date !== null && isLater(s, session)) return { ...s, date: addDaysToDay(s.date, days) };
		return s;
	});

	const moved = after.filter((s, i) => s.date !== sessions[i]?.date);
	for (const s of moved) {
		const other = after.find((o) => o !== s && o.date === s.date && countsInRotation(o.status));
		if (other && s.date !== null) return { ok: false, problem: { code: "date-taken", title: other.title, date: s.date } };
	}
	return changeResult(sessions, after, []);
}
