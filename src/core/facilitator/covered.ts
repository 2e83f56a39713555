import type { Covered } from "./facilitator-model";
import type { MergedSession } from "./group-sessions";
import { refOf } from "./session-ref";

/** Themes of held sessions, letter case and outer spaces aside; most frequent first, then the earliest. */
export function themesCovered(sessions: readonly MergedSession[]): Covered[] {
	return tally(sessions, (s) => {
		const theme = s.note.theme?.trim() ?? "";
		return theme === "" ? null : { key: theme.toLocaleLowerCase(), name: theme };
	});
}

/** Methods of held sessions by id, named by `name`; most frequent first, then the earliest. */
export function methodsCovered(sessions: readonly MergedSession[], name: (id: string) => string): Covered[] {
	return tally(sessions, (s) => {
		const id = s.note.method?.trim() ?? "";
		return id === "" ? null : { key: id, name: name(id) };
	});
}

function tally(sessions: readonly MergedSession[], pick: (session: MergedSession) => { key: string; name: string } | null): Covered[] {
	const found = new Map<string, Covered>();
	for (const session of sessions) {
		if (session.state !== "held") continue;
		const item = pick(session);
		if (item === null) continue;
		const seen = found.get(item.key);
		if (seen) {
			seen.count++;
			seen.sessions.push(refOf(session.note));
		} else found.set(item.key, { ...item, count: 1, sessions: [refOf(session.note)] });
	}
	// Map order is first appearance; a stable sort keeps it among equal counts.
	return [...found.values()].sort((a, b) => b.count - a.count);
}
