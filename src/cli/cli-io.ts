/** Where the command-line tool writes; tests pass their own to capture output. */
export interface CliIo {
	stdout(text: string): void;
	stderr(text: string): void;
	/** Standard input as text; the process's when absent. */
	stdin?: () => Promise<string>;
	/** The clock; the system clock when absent. */
	now?: () => Date;
}

export const EXIT = {
	ok: 0,
	errorsFound: 1,
	/** Usage errors and failures to read. */
	failure: 2,
} as const;

/** A mistake in how the tool was called or which folder was named: a message, never a stack trace. */
export class UsageError extends Error {
	override name = "UsageError";
}
