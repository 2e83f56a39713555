import { sameName } from "../index/my-notes";
import type { Language } from "../i18n/language";
import { methodName } from "../methods/catalogue";
import type { CaseNote, IntervisieNote, SessionNote } from "../schema/notes";
import { readProperties } from "../schema/read-note";
import type { ReportScope } from "./report-scope";
import type { ReportSession } from "./report-input";
import type { ShareableNotes } from "./shareable-notes";

/**
 * Per held session: whether the member was there (when attendance was kept) and brought in a case.
 * Without a member's name (a vault whose notes name nobody) attendance cannot be told: not recorded.
 */
export function assembleSessions(scope: ReportScope, member: string, notes: ShareableNotes, language: Language): ReportSession[] {
	return scope.sessions.map((session) => {
		const kase = myCase(scope, session);
		const broughtCase = kase !== null || session.caseBringers.some((name) => sameName(name, member));
		return {
			date: session.date,
			number: session.number,
			theme: shareable(notes, session.path, "session")?.theme ?? null,
			method: session.method === null ? null : methodName(session.method, language),
			attended: session.attendance.length === 0 || member.trim() === "" ? null : session.attendance.some((name) => sameName(name, member)),
			broughtCase,
			caseQuestion: kase === null ? null : (shareable(notes, kase.path, "case")?.question ?? null),
		};
	});
}

/** The member's case in a session: one the session names, else one that names the session. */
function myCase(scope: ReportScope, session: SessionNote): CaseNote | null {
	const named = new Set(session.cases.map((link) => scope.resolve(link, session.path)));
	return scope.cases.find((c) => named.has(c.path)) ?? scope.cases.find((c) => scope.resolve(c.session, c.path) === session.path) ?? null;
}

/** The note as its shareable version has it (links to private notes replaced), read by the one reader. */
function shareable<K extends "session" | "case">(notes: ShareableNotes, path: string, kind: K): Extract<IntervisieNote, { kind: K }> | null {
	const frontmatter = notes.read(path)?.frontmatter;
	const note = frontmatter ? readProperties(path, frontmatter, { me: "" }) : null;
	return note?.kind === kind ? (note as Extract<IntervisieNote, { kind: K }>) : null;
}
