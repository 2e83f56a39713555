/** The `intervisie` property names the kind of one of our notes. */
export const NOTE_KINDS = ["trajectory", "goal", "case", "session", "report", "intake", "evaluation"] as const;
/** Kinds reserved for a later schema addition: recognised, never reported as unknown. None at the moment. */
export const RESERVED_KINDS: readonly never[] = [];

export type NoteKind = (typeof NOTE_KINDS)[number];
export type ReservedKind = (typeof RESERVED_KINDS)[number];
/** Every kind the schema recognises; the same as `NoteKind` while no kind is reserved. */
export type AnyKind = NoteKind;

/** The schema version this code reads and writes. Notes with a higher one are read but never written. */
export const SCHEMA_VERSION = 1;

export const KIND_PROPERTY = "intervisie";

export const GOAL_STATUSES = ["draft", "active", "achieved", "paused", "dropped"] as const;
export const CASE_STATUSES = ["draft", "ready", "discussed"] as const;
export const SESSION_STATUSES = ["planned", "held", "cancelled", "moved"] as const;
export const REPORT_ROLES = ["case-bringer", "participant", "facilitator"] as const;

export type GoalStatus = (typeof GOAL_STATUSES)[number];
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export type ReportRole = (typeof REPORT_ROLES)[number];

export function isNoteKind(value: unknown): value is NoteKind {
	return typeof value === "string" && (NOTE_KINDS as readonly string[]).includes(value);
}

export function isReservedKind(value: unknown): value is ReservedKind {
	return typeof value === "string" && (RESERVED_KINDS as readonly string[]).includes(value);
}
