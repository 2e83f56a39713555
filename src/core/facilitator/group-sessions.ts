import { bySessionDate, isHeld } from "../sessions/session-rules";
import type { SessionStatus } from "../schema/kinds";
import type { SessionNote } from "../schema/notes";
import type { GroupMember } from "./group-members";

/** One session of the group, whichever notes describe it. */
export interface MergedSession {
	/** The note that speaks for it: the facilitator's own, else the first member's copy. */
	note: SessionNote;
	state: SessionStatus;
	sharedBy: string | null;
	/** Every note that describes it, in the order seen: the facilitator's own first, then members' copies. */
	copies: SessionCopy[];
}

export interface SessionCopy {
	note: SessionNote;
	/** Null for the facilitator's own note. */
	sharedBy: string | null;
}

export interface GroupSessions {
	/** By date. */
	list: MergedSession[];
	/** Every note that describes a session, own or shared copy, by path. */
	byPath: Map<string, MergedSession>;
}

/**
 * The facilitator's own session notes and the session notes members shared, each session once. Two notes
 * describe the same session when they carry the same `id`, or when they fall on the same day with the same
 * `number` (or one of them has none): a group meets once a day. The first note seen speaks for the session:
 * the facilitator's own, then the members' copies in member order.
 */
export function groupSessions(own: readonly SessionNote[], members: readonly GroupMember[], today: string): GroupSessions {
	const list: MergedSession[] = [];
	const byPath = new Map<string, MergedSession>();
	const byId = new Map<string, MergedSession>();
	const add = (note: SessionNote, sharedBy: string | null): void => {
		if (byPath.has(note.path)) return;
		const explicitId = note.id !== note.path ? note.id : null;
		let merged = (explicitId === null ? undefined : byId.get(explicitId)) ?? list.find((m) => sameMeeting(m.note, note));
		if (!merged) {
			merged = { note, state: stateOf(note, today), sharedBy, copies: [] };
			list.push(merged);
		}
		merged.copies.push({ note, sharedBy });
		byPath.set(note.path, merged);
		if (explicitId !== null && !byId.has(explicitId)) byId.set(explicitId, merged);
	};
	for (const note of own) add(note, null);
	for (const member of members) {
		for (const note of member.shared?.notes ?? []) if (note.kind === "session") add(note, member.name);
	}
	list.sort((a, b) => bySessionDate(a.note, b.note));
	return { list, byPath };
}

function sameMeeting(a: SessionNote, b: SessionNote): boolean {
	return a.date !== null && a.date === b.date && (a.number === null || b.number === null || a.number === b.number);
}

/** Held as the dashboard reads it; a session marked held but dated after today is still to come. */
function stateOf(note: SessionNote, today: string): SessionStatus {
	if (isHeld(note, today)) return "held";
	return note.status === "held" ? "planned" : note.status;
}
