import type { FileChange, SessionState } from "./session-changes";

/** The roles a member has in a session, as the session's properties name them. */
export type TurnRole = "case-bringers" | "facilitator" | "note-taker";

/** A session as the words of a change name it. */
export interface SessionRef {
	title: string;
	number: number | null;
}

/** One member's turn that a change takes away, gives, or moves from one session to another. */
export interface TurnChange {
	who: string;
	role: TurnRole;
	from: SessionRef | null;
	to: SessionRef | null;
}

const ROLES: readonly TurnRole[] = ["case-bringers", "facilitator", "note-taker"];

/**
 * What a change of sessions means for each member: whose turn moves where. A turn taken from one session and
 * given in another is one change; the earliest taken is paired with the earliest given. A session that is
 * cancelled takes every turn it had (`sessionAt` tells what it had before).
 */
export function turnChanges(files: readonly FileChange[], sessionAt: (path: string) => Pick<SessionState, "caseBringers" | "facilitator" | "noteTaker"> | null): TurnChange[] {
	const inOrder = [...files].sort((a, b) => (a.date ?? "").localeCompare(b.date ?? "") || (a.number ?? 0) - (b.number ?? 0));
	const out: TurnChange[] = [];
	for (const role of ROLES) {
		const lost = new Map<string, SessionRef[]>();
		const gained = new Map<string, SessionRef[]>();
		const names: string[] = [];
		for (const file of inOrder) {
			const change = file.changes.find((c) => c.key === role);
			const cancelled = file.changes.some((c) => c.key === "status" && c.to === "cancelled");
			if (!change && !cancelled) continue;
			const before = people(change ? change.from : held(sessionAt(file.path), role));
			const after = cancelled ? [] : people(change?.to);
			const ref = { title: file.title, number: file.number };
			for (const who of before) if (!after.includes(who)) add(lost, who, ref, names);
			for (const who of after) if (!before.includes(who)) add(gained, who, ref, names);
		}
		for (const who of names) {
			const from = lost.get(who) ?? [];
			const to = gained.get(who) ?? [];
			for (let i = 0; i < Math.max(from.length, to.length); i++) out.push({ who, role, from: from[i] ?? null, to: to[i] ?? null });
		}
	}
	return out;
}

function held(session: Pick<SessionState, "caseBringers" | "facilitator" | "noteTaker"> | null, role: TurnRole): unknown {
	if (!session) return null;
	return role === "case-bringers" ? session.caseBringers : role === "facilitator" ? session.facilitator : session.noteTaker;
}

function people(value: unknown): string[] {
	if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v !== "");
	return typeof value === "string" && value !== "" ? [value] : [];
}

function add(map: Map<string, SessionRef[]>, who: string, ref: SessionRef, names: string[]): void {
	if (!names.includes(who)) names.push(who);
	map.set(who, [...(map.get(who) ?? []), ref]);
}
