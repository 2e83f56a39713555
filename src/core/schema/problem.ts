export type Severity = "error" | "warning" | "info";

/** Something wrong with a note, stated so a person knows what to do. Message text is English; `code` is stable. */
export interface Problem {
	path: string;
	severity: Severity;
	code: ProblemCode;
	message: string;
}

export type ProblemCode =
	| "malformed-yaml"
	| "unknown-kind"
	| "wrong-type"
	| "invalid-value"
	| "broken-link"
	| "duplicate-title"
	| "conflict-copy"
	| "newer-schema"
	| "ratings-mismatch"
	| "too-large"
	| "unreadable-name"
	| "unreadable-file";
