import type { FrontmatterData } from "../yaml/render-frontmatter";
import type { FieldReader } from "./field-reader";
import { REPORT_ROLES, SCHEMA_VERSION } from "./kinds";
import type { ReportRole } from "./kinds";
import { noteHead, wikilink, type NewNoteContext } from "./new-note-context";
import type { NoteBase, ReportNote } from "./notes";
import { P } from "./property-names";
import { readRatedGoals } from "./read-rated-goals";
import { ROLE_ALIASES } from "./status-aliases";

/** A session report's properties: the reader, then the writer of a new report note. */
export function readReport(base: NoteBase, f: FieldReader): ReportNote {
	const { goals, ratings } = readRatedGoals(base.path, f);
	return {
		...base,
		kind: "report",
		date: f.day(P.date),
		session: f.link(P.session),
		role: f.choice(P.role, REPORT_ROLES, ROLE_ALIASES),
		case: f.link(P.case),
		goals,
		ratings,
		reflection: f.string(P.reflection),
	};
}

export interface NewReport {
	date: string;
	/** Link texts of the session and the case. */
	session: string | null;
	case: string | null;
	role: ReportRole | null;
	/** Each goal's link text with its rating: `ratings[i]` rates `goals[i]`. */
	goals: readonly { link: string; rating: number | null }[];
}

/** `reflection`: the id of the reflection model the report follows; null for the plain report. */
export function newReportProperties(report: NewReport, reflection: string | null, context: NewNoteContext): FrontmatterData {
	return {
		...noteHead("report", context),
		[P.date]: report.date,
		[P.session]: report.session ? wikilink(report.session) : undefined,
		[P.role]: report.role ?? undefined,
		[P.case]: report.case ? wikilink(report.case) : undefined,
		[P.reflection]: reflection ?? undefined,
		[P.goals]: report.goals.map((g) => wikilink(g.link)),
		[P.ratings]: report.goals.map((g) => g.rating),
		[P.schema]: SCHEMA_VERSION,
	};
}
