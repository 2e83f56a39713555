import { countsInRotation } from "./counts";
import { asMembers, chooseNoteTaker, noteTakerConflict, tallyOf } from "./role-rules";
import { nextInTurn } from "./rotation";
import type { ChangeResult, SessionState } from "./session-changes";
import { byDateThenNumber, changeResult, findSession, isLater } from "./session-changes";
import { sameName } from "../index/my-notes";

export interface CancelRequest {
	/** The trajectory's sessions. */
	sessions: readonly SessionState[];
	/** Path of the session to cancel. */
	target: string;
	/** The trajectory's members: who can take over a role. */
	members: readonly string[];
}

/**
 * Cancels a planned session; its case-bringers' turn is carried forward. Only planned sessions after it take
 * part, in date order: each takes the case-bringers of the one before and passes its own on. A planned
 * session without case-bringers takes the carried turn and ends the chain. What is carried past the last one
 * is `leftOver`. Held, cancelled and moved sessions are never changed, nor dates, methods or themes. Where a
 * carried case-bringer was to lead or take notes in that session, the fairest other member takes that role.
 */
export function cancelSession({ sessions, target, members }: CancelRequest): ChangeResult {
	const session = findSession(sessions, target);
	if (session.status !== "planned") return { ok: false, problem: { code: "not-planned", status: session.status } };

	const after: SessionState[] = sessions.map((s) => (s === session ? { ...s, status: "cancelled" } : { ...s }));
	const later = after.filter((s) => s.status === "planned" && isLater(s, session)).sort(byDateThenNumber);
	let carried: readonly string[] = session.caseBringers;
	for (const next of later) {
		if (carried.length === 0) break;
		const own = next.caseBringers;
		next.caseBringers = carried;
		carried = own;
	}

	const group = members.length > 0 ? [...members] : namesIn(sessions);
	for (const next of later) {
		const before = findSession(sessions, next.path);
		if (before.caseBringers === next.caseBringers) continue;
		resolveRoles(group, before, next, after);
	}
	return changeResult(sessions, after, [...carried]);
}

/** Gives the session a new facilitator or note-taker where the new case-bringers clash with them. */
function resolveRoles(members: readonly string[], before: SessionState, session: SessionState, all: readonly SessionState[]): void {
	const others = all.filter((s) => s.path !== session.path && countsInRotation(s.status));
	const leader = session.facilitator;
	if (leader !== null && session.caseBringers.some((name) => sameName(name, leader))) {
		const tally = tallyOf(members, others.map((s) => s.facilitator));
		const after = asMembers(members, [leader])[0] ?? null;
		const busy = asMembers(members, session.caseBringers);
		const free = nextInTurn(members, tally, after, asMembers(members, [...session.caseBringers, session.noteTaker])) ?? nextInTurn(members, tally, after, busy);
		if (free !== null) session.facilitator = free;
	}
	const clashes = (s: SessionState) => noteTakerConflict(members, s.caseBringers, s.facilitator, s.noteTaker);
	if (clashes(session) && !clashes(before)) {
		const tally = tallyOf(members, others.map((s) => s.noteTaker));
		const after = asMembers(members, [session.noteTaker])[0] ?? null;
		const free = chooseNoteTaker(members, tally, after, session.caseBringers, session.facilitator);
		if (free !== null) session.noteTaker = free;
	}
}

/** Without a member list: everyone who brings a case or takes notes in these sessions, in order of appearance. */
function namesIn(sessions: readonly SessionState[]): string[] {
	const names: string[] = [];
	for (const s of [...sessions].sort(byDateThenNumber)) {
		for (const name of [...s.caseBringers, s.noteTaker]) if (name !== null && !names.some((n) => sameName(n, name))) names.push(name);
	}
	return names;
}
