import { sameName } from "../index/same-name";
import type { CaseNote, SessionNote } from "../schema/notes";

/**
 * The rules every feature asks about sessions, one function each; docs/schema.md writes them down.
 *
 * Held: marked so (unless dated after today), or dated before today and still `planned`, as people rarely
 * update the status; on the day itself, a planned session counts as held once my report of it is written.
 */
export function isHeld(session: SessionNote, today: string, reported = false): boolean {
	if (session.status === "held") return session.date === null || session.date <= today;
	if (session.status !== "planned" || session.date === null) return false;
	return session.date < today || (session.date === today && reported);
}

/** Still to come: planned, dated today or later, and not yet held. Cancelled and moved sessions never are. */
export function isUpcoming(session: SessionNote, today: string, reported = false): boolean {
	return session.status === "planned" && session.date !== null && session.date >= today && !isHeld(session, today, reported);
}

/** The next session: the earliest that is still to come. */
export function nextSession(sessions: readonly SessionNote[], today: string, reported: (session: SessionNote) => boolean = () => false): SessionNote | null {
	let next: SessionNote | null = null;
	for (const session of sessions) {
		if (isUpcoming(session, today, reported(session)) && (next === null || bySessionDate(session, next) < 0)) next = session;
	}
	return next;
}

/** A session a report can be written for: dated today or earlier, planned or held (not cancelled or moved). */
export function mayReportOn(session: SessionNote, today: string): boolean {
	return session.date !== null && session.date <= today && (session.status === "planned" || session.status === "held");
}

/** A held session I was at owes my report: an attendance list that leaves me out means I was not there. */
export function expectsMyReport(session: SessionNote, me: string, today: string, reported = false): boolean {
	return isHeld(session, today, reported) && (session.attendance.length === 0 || session.attendance.some((name) => sameName(name, me)));
}

/** By date, undated last, then by number and path so the order never depends on the index. */
export function bySessionDate(a: SessionNote, b: SessionNote): number {
	if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
	return (a.number ?? Infinity) - (b.number ?? Infinity) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

/** The latest held sessions first, in sessions sorted by date. */
export function heldNewestFirst(sorted: readonly SessionNote[], today: string, reported: (session: SessionNote) => boolean = () => false): SessionNote[] {
	return sorted.filter((s) => isHeld(s, today, reported(s))).reverse();
}

/**
 * The case of a session: the first of its `cases` that leads to a case, else a case that links to the
 * session (`casesNaming`, in the caller's order).
 */
export function caseOfSession(session: SessionNote, caseAt: (link: string) => CaseNote | null, casesNaming: readonly CaseNote[]): CaseNote | null {
	for (const link of session.cases) {
		const found = caseAt(link);
		if (found) return found;
	}
	return casesNaming[0] ?? null;
}
