import type { SessionStatus } from "../schema/kinds";
import { P } from "../schema/property-names";
import type { FrontmatterValue } from "../yaml/render-frontmatter";

/** What moving and cancelling need of a session note; the index's `SessionNote` has it all. */
export interface SessionState {
	path: string;
	title: string;
	date: string | null;
	number: number | null;
	status: SessionStatus;
	caseBringers: readonly string[];
	facilitator: string | null;
	noteTaker: string | null;
	newerSchema: boolean;
}

/** One property to set: `from` is what the note has now, for showing the change before it is made. */
export interface PropertyChange {
	key: string;
	from: FrontmatterValue;
	to: FrontmatterValue;
}

/** The properties to set in one note; the plugin writes them with `processFrontMatter`, nothing else. */
export interface FileChange {
	path: string;
	title: string;
	number: number | null;
	/** The session's date before the change. */
	date: string | null;
	changes: PropertyChange[];
}

export type ChangeProblem =
	| { code: "not-planned"; status: SessionStatus }
	| { code: "not-a-date" | "same-date" | "no-date" }
	| { code: "date-taken"; title: string; date: string }
	| { code: "newer-schema"; title: string };

/** `leftOver`: case-bringers whose turn was carried past the last planned session. */
export type ChangeResult = { ok: true; files: FileChange[]; leftOver: string[] } | { ok: false; problem: ChangeProblem };

export function findSession(sessions: readonly SessionState[], path: string): SessionState {
	const session = sessions.find((s) => s.path === path);
	if (!session) throw new Error(`Not one of the sessions: ${path}`);
	return session;
}

/** Whether `a` comes after `b`: by date when both have one, otherwise by number. */
export function isLater(a: SessionState, b: SessionState): boolean {
	if (a.date !== null && b.date !== null) return a.date > b.date || (a.date === b.date && (a.number ?? 0) > (b.number ?? 0));
	return a.number !== null && b.number !== null && a.number > b.number;
}

export function byDateThenNumber(a: SessionState, b: SessionState): number {
	if (isLater(a, b)) return 1;
	if (isLater(b, a)) return -1;
	return 0;
}

/** Only the properties that differ, in the order of the schema. */
export function diffSession(before: SessionState, after: SessionState): FileChange | null {
	const changes: PropertyChange[] = [];
	const compare = (key: string, from: FrontmatterValue, to: FrontmatterValue) => {
		if (!sameValue(from, to)) changes.push({ key, from, to });
	};
	compare(P.date, before.date, after.date);
	compare(P.status, before.status, after.status);
	compare(P.caseBringers, [...before.caseBringers], [...after.caseBringers]);
	compare(P.facilitator, before.facilitator, after.facilitator);
	compare(P.noteTaker, before.noteTaker, after.noteTaker);
	return changes.length === 0 ? null : { path: before.path, title: before.title, number: before.number, date: before.date, changes };
}

/** The changed notes, or the first one that a newer version wrote (and that this version must not touch). */
export function changeResult(before: readonly SessionState[], after: readonly SessionState[], leftOver: string[]): ChangeResult {
	const files: FileChange[] = [];
	before.forEach((session, i) => {
		const next = after[i];
		const file = next ? diffSession(session, next) : null;
		if (file) files.push(file);
	});
	const newer = before.find((s) => s.newerSchema && files.some((f) => f.path === s.path));
	if (newer) return { ok: false, problem: { code: "newer-schema", title: newer.title } };
	return { ok: true, files, leftOver };
}

function sameValue(a: FrontmatterValue, b: FrontmatterValue): boolean {
	if (Array.isArray(a) || Array.isArray(b)) {
		const x = (Array.isArray(a) ? a : []) as readonly unknown[];
		const y = (Array.isArray(b) ? b : []) as readonly unknown[];
		return x.length === y.length && x.every((v, i) => v === y[i]);
	}
	return a === b;
}
