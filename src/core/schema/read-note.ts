import { isNoteKind, isReservedKind, NOTE_KINDS, SCHEMA_VERSION } from "./kinds";
import type { AnyKind } from "./kinds";
import type { NoteRecord } from "./note-record";
import type { IntervisieNote, NoteBase, ReadResult } from "./notes";
import { P } from "./property-names";
import { FieldReader } from "./field-reader";
import { malformedYamlProblem } from "../check/malformed-yaml";
import { MAX_PROPERTY_VALUES, propertiesWithinBound } from "../yaml/properties-bound";
import { readCase } from "./case-properties";
import { readGoal } from "./goal-properties";
import { isMarkedShared } from "./note-properties";
import { readReport } from "./report-properties";
import { readSession } from "./session-properties";
import { readThreeParty } from "./three-party-properties";
import { readTrajectory } from "./trajectory-properties";

export interface ReadContext {
	/** The current user's name: the author of notes that do not name one. */
	me: string;
}

export { DEFAULT_SCALE } from "./trajectory-properties";

const OVER_BOUND = `the properties are over the bound of ${MAX_PROPERTY_VALUES.toLocaleString("en")} values once their aliases are expanded`;

/** The kind a record claims, or null when it is not one of our notes. */
export function claimedKind(record: NoteRecord): unknown {
	const fm = record.frontmatter;
	if (!fm || !(P.kind in fm)) return null;
	return fm[P.kind];
}

export function titleOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.endsWith(".md") ? name.slice(0, -3) : name;
}

/**
 * Reads one of our notes from its record: the bookkeeping properties here, each kind's own in its
 * `<kind>-properties.ts` beside the writer of a new note of that kind. Returns `note: null` for notes that are not ours.
 * Never throws: every defect becomes a problem, and whatever can be read is read.
 */
export function readNote(record: NoteRecord, context: ReadContext): ReadResult {
	const raw = claimedKind(record);
	if (raw === null || record.frontmatter === null) return { note: null, problems: [] };
	// Aliases can make a few hundred bytes stand for billions of values: such a note is not read at all.
	if (!propertiesWithinBound(record.frontmatter)) return { note: null, problems: [malformedYamlProblem(record.path, OVER_BOUND)] };
	const kindText = typeof raw === "string" ? raw.trim().toLowerCase() : raw;
	if (!isNoteKind(kindText) && !isReservedKind(kindText)) {
		return {
			note: null,
			problems: [
				{
					path: record.path,
					severity: "error",
					code: "unknown-kind",
					message: `"intervisie: ${shortened(typeof raw === "string" ? raw : JSON.stringify(raw))}" is not a known kind. Use one of: ${NOTE_KINDS.join(", ")}.`,
				},
			],
		};
	}
	const fields = new FieldReader(record.path, record.frontmatter);
	const base = readBase(record, fields, context);
	const note = readKind(kindText, base, fields, record.frontmatter);
	if (base.newerSchema) {
		fields.problems.push({
			path: record.path,
			severity: "info",
			code: "newer-schema",
			message: `Written by a newer version (schema ${base.schema}); shown read-only. Update the plugin to edit it.`,
		});
	}
	return { note, problems: fields.problems };
}

/**
 * One of our notes from properties alone (the shareable version of a note, say): the same reader, with no
 * links or tags known beyond the properties themselves.
 */
export function readProperties(path: string, frontmatter: Record<string, unknown>, context: ReadContext): IntervisieNote | null {
	return readNote({ path, frontmatter, frontmatterLinks: [], links: [], mtime: 0 }, context).note;
}

function readBase(record: NoteRecord, fields: FieldReader, context: ReadContext): NoteBase {
	const schema = fields.number(P.schema) ?? SCHEMA_VERSION;
	return {
		path: record.path,
		title: titleOf(record.path),
		id: fields.string(P.id) ?? record.path,
		author: fields.string(P.author) ?? context.me,
		schema,
		newerSchema: schema > SCHEMA_VERSION,
		shared: isMarkedShared(record.frontmatter),
		sharedAt: fields.day(P.sharedAt),
	};
}

function readKind(kind: AnyKind, base: NoteBase, f: FieldReader, frontmatter: Readonly<Record<string, unknown>>): IntervisieNote {
	switch (kind) {
		case "trajectory":
			return readTrajectory(base, f);
		case "goal":
			return readGoal(base, f);
		case "case":
			return readCase(base, f);
		case "session":
			return readSession(base, f, frontmatter);
		case "report":
			return readReport(base, f);
		case "intake":
		case "evaluation":
			return readThreeParty(kind, base, f);
	}
}

/** A message names a value; it does not repeat a long one. */
function shortened(text: string): string {
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
