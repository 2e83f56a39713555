import type { App, TFile } from "obsidian";
import type { RunEvent } from "../../core/facilitation/run-log";
import { appendRunEvents as appendToRunLog, runEventsOf } from "../../core/schema/session-properties";
import type { TallyProperties } from "../../core/schema/session-properties";
import { editFrontmatter } from "../frontmatter-editor";

/** The run's events as the metadata cache has them now. */
export function savedRunEvents(app: App, file: TFile): RunEvent[] {
	return runEventsOf(app.metadataCache.getFileCache(file)?.frontmatter);
}

/**
 * Appends events to the session's `run-log` at once (a phone may be killed any moment), through the session's
 * writer: entries another device added meanwhile are kept; ending the run marks the session held. `tally` (the
 * question round's when its phase ends) goes in the same write.
 */
export async function appendRunEvents(app: App, file: TFile, events: readonly RunEvent[], tally: Partial<TallyProperties> = {}): Promise<boolean> {
	if (events.length === 0) return true;
	return editFrontmatter(app, file, appendToRunLog(events, tally));
}
