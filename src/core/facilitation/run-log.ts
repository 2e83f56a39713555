/**
 * The timer of a running session, kept as timestamped events in the session note (`run-log`). A phone that
 * sleeps or an app that is killed loses no time: the state is recomputed from the events and the clock.
 */
export type RunEvent = { at: number; type: "phase"; phase: string } | { at: number; type: "pause" | "resume" | "end" };

const ENTRY = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)\s+(phase|pause|resume|end)(?:\s+(\S+))?\s*$/;

export function formatRunEvent(event: RunEvent): string {
	const time = new Date(Math.floor(event.at / 1000) * 1000).toISOString().replace(".000Z", "Z");
	return event.type === "phase" ? `${time} phase ${event.phase}` : `${time} ${event.type}`;
}

/** The events of a `run-log` property; entries that cannot be read are left out, the rest sorted by time. */
export function parseRunLog(value: unknown): RunEvent[] {
	if (!Array.isArray(value)) return [];
	const events: RunEvent[] = [];
	for (const entry of value) {
		const event = typeof entry === "string" ? parseEntry(entry.trim()) : null;
		if (event) events.push(event);
	}
	return events.map((event, i) => ({ event, i })).sort((a, b) => a.event.at - b.event.at || a.i - b.i).map((x) => x.event);
}

function parseEntry(entry: string): RunEvent | null {
	const match = ENTRY.exec(entry);
	if (!match?.[1] || !match[2]) return null;
	const at = Date.parse(match[1]);
	if (Number.isNaN(at)) return null;
	const type = match[2];
	if (type === "phase") return match[3] ? { at, type, phase: match[3] } : null;
	if (match[3]) return null;
	return { at, type: type as "pause" | "resume" | "end" };
}
