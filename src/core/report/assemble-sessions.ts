import { sameName } from "../index/my-notes";
import type { Language } from "../i18n/language";
import { methodName } from "../methods/catalogue";
import type { CaseNote, SessionNote } from "../schema/notes";
import { P } from "../schema/property-names";
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
			theme: textProperty(notes, session.path, P.theme),
			method: session.method === null ? null : methodName(session.method, language),
			attended: session.attendance.length === 0 || member.trim() === "" ? null : session.attendance.some((name) => sameName(name, member)),
			broughtCase,
			caseQuestion: kase === null ? null : textProperty(notes, kase.path, P.question),
		};
	});
}

/** The member's case in a session: one the session names, else one that names the session. */
function myCase(scope: ReportScope, session: SessionNote): CaseNote | null {
	const named = new Set(session.cases.map((link) => scope.resolve(link, session.path)));
	return scope.cases.find((c) => named.has(c.path)) ?? scope.cases.find((c) => scope.resolve(c.session, c.path) === session.path) ?? null;
}

/** A text property as the shareable version of the note has it (links to private notes replaced). */
function textProperty(notes: ShareableNotes, path: string, key: string): string | null {
	const value = notes.read(path)?.frontmatter[key];
	return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}
