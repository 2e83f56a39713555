import { CASE_STATUSES, GOAL_STATUSES, isNoteKind, isReservedKind, NOTE_KINDS, REPORT_ROLES, SCHEMA_VERSION, SESSION_STATUSES } from "./kinds";
import type { AnyKind } from "./kinds";
import type { NoteRecord } from "./note-record";
import type { IntervisieNote, NoteBase, ReadResult } from "./notes";
import { P } from "./property-names";
import { FieldReader } from "./field-reader";
import { malformedYamlProblem } from "../check/malformed-yaml";
import { MAX_PROPERTY_VALUES, propertiesWithinBound } from "../yaml/properties-bound";
import { readRatedGoals } from "./read-rated-goals";
import { readThreeParty } from "./read-three-party";
import { readTallyProperties } from "../questions/session-tally";
import { CASE_STATUS_ALIASES, GOAL_STATUS_ALIASES, ROLE_ALIASES, SESSION_STATUS_ALIASES } from "./status-aliases";

export interface ReadContext {
	/** The current user's name: the author of notes that do not name one. */
	me: string;
}

export const DEFAULT_SCALE = { min: 1, max: 10 } as const;

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
 * Reads one of our notes from its record. Returns `note: null` for notes that are not ours.
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

function readBase(record: NoteRecord, fields: FieldReader, context: ReadContext): NoteBase {
	const schema = fields.number(P.schema) ?? SCHEMA_VERSION;
	return {
		path: record.path,
		title: titleOf(record.path),
		id: fields.string(P.id) ?? record.path,
		author: fields.string(P.author) ?? context.me,
		schema,
		newerSchema: schema > SCHEMA_VERSION,
		shared: record.frontmatter?.[P.shared] === true,
		sharedAt: fields.day(P.sharedAt),
	};
}

function readKind(kind: AnyKind, base: NoteBase, f: FieldReader, frontmatter: Readonly<Record<string, unknown>>): IntervisieNote {
	switch (kind) {
		case "trajectory":
			return {
				...base,
				kind,
				name: f.string(P.name) ?? base.title,
				start: f.day(P.start),
				end: f.day(P.end),
				members: f.strings(P.members),
				facilitator: f.string(P.facilitator),
				sessionsPlanned: f.number(P.sessionsPlanned),
				scaleMin: f.number(P.scaleMin) ?? DEFAULT_SCALE.min,
				scaleMax: f.number(P.scaleMax) ?? DEFAULT_SCALE.max,
				scaleMinLabel: f.string(P.scaleMinLabel),
				scaleMaxLabel: f.string(P.scaleMaxLabel),
				groupFolder: f.string(P.groupFolder),
			};
		case "goal":
			return {
				...base,
				kind,
				status: f.choice(P.status, GOAL_STATUSES, GOAL_STATUS_ALIASES) ?? "active",
				created: f.day(P.created),
				deadline: f.day(P.deadline),
				trajectory: f.link(P.trajectory),
				baseline: f.number(P.baseline),
				target: f.number(P.target),
			};
		case "case":
			return {
				...base,
				kind,
				date: f.day(P.date),
				session: f.link(P.session),
				method: f.string(P.method),
				question: f.string(P.question),
				goals: f.links(P.goals),
				status: f.choice(P.status, CASE_STATUSES, CASE_STATUS_ALIASES) ?? "draft",
			};
		case "session":
			return {
				...base,
				kind,
				date: f.day(P.date),
				number: f.number(P.number),
				trajectory: f.link(P.trajectory),
				status: f.choice(P.status, SESSION_STATUSES, SESSION_STATUS_ALIASES) ?? "planned",
				caseBringers: f.strings(P.caseBringers),
				cases: f.links(P.cases),
				facilitator: f.string(P.facilitator),
				noteTaker: f.string(P.noteTaker),
				method: f.string(P.method),
				theme: f.string(P.theme),
				attendance: f.strings(P.attendance),
				runLog: f.strings(P.runLog),
				questions: readTallyProperties(frontmatter),
			};
		case "report":
			return readReport(base, f);
		case "intake":
		case "evaluation":
			return readThreeParty(kind, base, f);
	}
}

function readReport(base: NoteBase, f: FieldReader): IntervisieNote {
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

/** A message names a value; it does not repeat a long one. */
function shortened(text: string): string {
	return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
