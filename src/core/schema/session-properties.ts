import type { RunEvent } from "../facilitation/run-log";
import { formatRunEvent, parseRunLog } from "../facilitation/run-log";
import type { NotedTally, QuestionTally } from "../questions/question-tally";
import type { FrontmatterData } from "../yaml/render-frontmatter";
import type { FieldReader } from "./field-reader";
import type { FrontmatterChange } from "./frontmatter-change";
import { SCHEMA_VERSION, SESSION_STATUSES } from "./kinds";
import type { SessionStatus } from "./kinds";
import { noteHead, wikilink, type NewNoteContext } from "./new-note-context";
import type { NoteBase, SessionNote } from "./notes";
import { P } from "./property-names";
import { SESSION_STATUS_ALIASES } from "./status-aliases";

/**
 * A session's properties, each reader beside its writer: the note itself, and what facilitation mode keeps in
 * it — the run's timestamped events (`run-log`), the status it sets at the end, and the question round's tally.
 */
type Properties = Readonly<Record<string, unknown>> | null | undefined;

export function readSession(base: NoteBase, f: FieldReader, frontmatter: Properties): SessionNote {
	return {
		...base,
		kind: "session",
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
}

export interface NewSession {
	date: string;
	number: number | null;
	/** Link text of the trajectory. */
	trajectory: string | null;
	status: SessionStatus;
	caseBringers: readonly string[];
	facilitator: string | null;
	/** Who takes notes; left out of the note when not given. */
	noteTaker?: string | null;
	method: string | null;
	theme: string | null;
	attendance: readonly string[];
}

export function newSessionProperties(session: NewSession, context: NewNoteContext): FrontmatterData {
	return {
		...noteHead("session", context),
		[P.date]: session.date,
		[P.number]: session.number,
		[P.trajectory]: session.trajectory ? wikilink(session.trajectory) : undefined,
		[P.status]: session.status,
		[P.caseBringers]: [...session.caseBringers],
		[P.cases]: [],
		[P.facilitator]: session.facilitator,
		[P.noteTaker]: session.noteTaker,
		[P.method]: session.method,
		[P.theme]: session.theme,
		[P.attendance]: [...session.attendance],
		[P.schema]: SCHEMA_VERSION,
	};
}

/** The run's events as the note has them; entries that cannot be read are left out. */
export function runEventsOf(frontmatter: Properties): RunEvent[] {
	return parseRunLog(frontmatter?.[P.runLog]);
}

/**
 * Appends events to `run-log`, keeping the entries already there (another device may have added some);
 * ending the run marks the session held. `tally` (the question round's, when its phase ends) goes in the same write.
 */
export function appendRunEvents(events: readonly RunEvent[], tally: Partial<TallyProperties> = {}): FrontmatterChange {
	return (frontmatter) => {
		Object.assign(frontmatter, tally);
		const existing: unknown = frontmatter[P.runLog];
		const list = Array.isArray(existing) ? [...(existing as unknown[])] : existing === undefined || existing === null ? [] : [existing];
		frontmatter[P.runLog] = [...list, ...events.map(formatRunEvent)];
		if (events.some((e) => e.type === "end")) frontmatter[P.status] = "held";
	};
}

/** The tally as the session note keeps it: typed numbers, one property per count. */
export type TallyProperties = Record<(typeof TALLY_KEYS)[number][1], number>;

const TALLY_KEYS = [
	["open", P.questionsOpen],
	["closed", P.questionsClosed],
	["advice", P.questionsAdvice],
	["leading", P.questionsLeading],
	["helped", P.questionsHelped],
] as const;

export function tallyProperties(tally: QuestionTally): TallyProperties {
	return Object.fromEntries(TALLY_KEYS.map(([key, property]) => [property, tally[key]])) as TallyProperties;
}

/** Sets the question round's tally. */
export function setTally(properties: Partial<TallyProperties>): FrontmatterChange {
	return (frontmatter) => {
		Object.assign(frontmatter, properties);
	};
}

/** The tally a session note keeps, or null when it keeps none; a count that is not a whole number counts as 0. */
export function readTallyProperties(frontmatter: Properties): NotedTally | null {
	if (!frontmatter || !TALLY_KEYS.some(([, property]) => property in frontmatter)) return null;
	const count = (property: string) => {
		const value = frontmatter[property];
		return typeof value === "number" && Number.isInteger(value) && value >= 0 ? value : 0;
	};
	return { open: count(P.questionsOpen), closed: count(P.questionsClosed), advice: count(P.questionsAdvice), leading: count(P.questionsLeading), helped: count(P.questionsHelped) };
}

/** True when the note already keeps exactly this tally, so nothing needs writing. */
export function keepsTally(frontmatter: Properties, tally: QuestionTally): boolean {
	const properties = tallyProperties(tally);
	return !!frontmatter && Object.entries(properties).every(([property, value]) => frontmatter[property] === value);
}
