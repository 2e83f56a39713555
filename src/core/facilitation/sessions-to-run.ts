import type { SessionNote } from "../schema/notes";

/**
 * Sessions one might run, nearest first: today's, then the coming ones, then the past ones newest first, undated
 * ones last.
 * Cancelled and moved sessions are left out.
 */
export function sessionsToRun(sessions: readonly SessionNote[], today: string): SessionNote[] {
	const open = sessions.filter((s) => s.status !== "cancelled" && s.status !== "moved");
	const distance = (s: SessionNote): [number, string] => {
		const date = s.date;
		if (date === null) return [3, ""];
		if (date === today) return [0, ""];
		if (date > today) return [1, date];
		return [2, invert(date)];
	};
	return open
		.map((session) => ({ session, key: distance(session) }))
		.sort((a, b) => a.key[0] - b.key[0] || a.key[1].localeCompare(b.key[1]) || a.session.path.localeCompare(b.session.path))
		.map((x) => x.session);
}

/** A sort key that orders dates newest first. */
function invert(date: string): string {
	return [...date].map((c) => (c >= "0" && c <= "9" ? String(9 - Number(c)) : c)).join("");
}
