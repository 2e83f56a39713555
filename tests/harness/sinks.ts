/**
 * Process-wide state that Obsidian keeps global (notices, the UI language, errors swallowed by
 * event dispatch) routed to the harnesses alive right now. Usually there is one.
 */
export interface Sink {
	notices: string[];
	errors: unknown[];
	language: string;
}

const live: Sink[] = [];

export function addSink(sink: Sink): void {
	live.push(sink);
}

export function removeSink(sink: Sink): void {
	const index = live.indexOf(sink);
	if (index >= 0) live.splice(index, 1);
}

export function recordNotice(message: string): void {
	for (const sink of live) sink.notices.push(message);
}

/** Obsidian logs errors thrown by event handlers and carries on; the harness also keeps them. */
export function reportError(error: unknown): void {
	console.error(error);
	for (const sink of live) sink.errors.push(error);
}

/** The language of the most recently created live harness, "en" when none. */
export function currentLanguage(): string {
	return live[live.length - 1]?.language ?? "en";
}
