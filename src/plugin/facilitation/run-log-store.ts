import type { App, TFile } from "obsidian";
import type { RunEvent } from "../../core/facilitation/run-log";
import { formatRunEvent, parseRunLog } from "../../core/facilitation/run-log";
import { P } from "../../core/schema/property-names";
import { editFrontmatter } from "../frontmatter-editor";

/** The run's events as the metadata cache has them now. */
export function savedRunEvents(app: App, file: TFile): RunEvent[] {
	return parseRunLog(app.metadataCache.getFileCache(file)?.frontmatter?.[P.runLog]);
}

/**
 * Appends events to the session's `run-log` at once (a phone may be killed any moment). Entries another
 * device added meanwhile are kept; ending the run marks the session held. `properties` (the question
 * round's tally when its phase ends) go in the same write.
 */
export async function appendRunEvents(app: App, file: TFile, events: readonly RunEvent[], properties: Readonly<Record<string, unknown>> = {}): Promise<boolean> {
	if (events.length === 0) return true;
	return editFrontmatter(app, file, (frontmatter) => {
		Object.assign(frontmatter, properties);
		const existing: unknown = frontmatter[P.runLog];
		const list = Array.isArray(existing) ? [...(existing as unknown[])] : existing === undefined || existing === null ? [] : [existing];
		frontmatter[P.runLog] = [...list, ...events.map(formatRunEvent)];
		if (events.some((e) => e.type === "end")) frontmatter[P.status] = "held";
	});
}
