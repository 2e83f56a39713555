import type { FrontmatterData } from "../yaml/render-frontmatter";
import type { FieldReader } from "./field-reader";
import type { FrontmatterChange } from "./frontmatter-change";
import { CASE_STATUSES, SCHEMA_VERSION } from "./kinds";
import { noteHead, wikilink, type NewNoteContext } from "./new-note-context";
import type { CaseNote, NoteBase } from "./notes";
import { P } from "./property-names";
import { CASE_STATUS_ALIASES } from "./status-aliases";

/** A case preparation's properties: the reader, then the writers of a new case note and of its status. */
export function readCase(base: NoteBase, f: FieldReader): CaseNote {
	return {
		...base,
		kind: "case",
		date: f.day(P.date),
		session: f.link(P.session),
		method: f.string(P.method),
		question: f.string(P.question),
		goals: f.links(P.goals),
		status: f.choice(P.status, CASE_STATUSES, CASE_STATUS_ALIASES) ?? "draft",
	};
}

export interface NewCase {
	question: string;
	date: string | null;
	/** Link text of the session the case is brought to. */
	session: string | null;
	method: { id: string };
	/** Link texts of the goals. */
	goals: readonly string[];
}

export function newCaseProperties(kase: NewCase, context: NewNoteContext): FrontmatterData {
	return {
		...noteHead("case", context),
		[P.status]: "draft",
		[P.date]: kase.date,
		[P.session]: kase.session ? wikilink(kase.session) : undefined,
		[P.method]: kase.method.id,
		// One line, as the property panel shows it; the body keeps the question as typed.
		[P.question]: kase.question.replace(/\s+/g, " ").trim(),
		[P.goals]: kase.goals.map(wikilink),
		[P.schema]: SCHEMA_VERSION,
	};
}

/** *Mark case ready*: the case's `status`, and nothing else. */
export function markCaseReady(): FrontmatterChange {
	return (frontmatter) => {
		frontmatter[P.status] = "ready";
	};
}
