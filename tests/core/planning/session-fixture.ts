import type { SessionState } from "../../../src/core/planning/session-changes";

export const SIX = ["Anna", "Bram", "Carla", "Dirk", "Eva", "Fatima"];

/** A session as the index reads it, numbered `n`. */
export function session(n: number, date: string | null, status: SessionState["status"], caseBringers: string[], facilitator: string | null, noteTaker: string | null): SessionState {
	return { path: `Sessions/Session ${n}.md`, title: `Session ${n}`, date, number: n, status, caseBringers, facilitator, noteTaker, newerSchema: false };
}

/** Six members, one session held, four planned by the rotation. */
export function group(): SessionState[] {
	return [
		session(1, "2026-01-12", "held", ["Anna"], "Bram", "Carla"),
		session(2, "2026-02-09", "planned", ["Bram"], "Carla", "Dirk"),
		session(3, "2026-03-09", "planned", ["Carla"], "Dirk", "Eva"),
		session(4, "2026-04-06", "planned", ["Dirk"], "Eva", "Fatima"),
		session(5, "2026-05-04", "planned", ["Eva"], "Fatima", "Anna"),
	];
}
