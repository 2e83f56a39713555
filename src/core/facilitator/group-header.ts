import { daysBetween } from "../dates/local-day";
import { countsInRotation } from "../planning/counts";
import type { TrajectoryNote } from "../schema/notes";
import type { GroupHeader } from "./facilitator-model";
import type { GroupMember } from "./group-members";
import type { MergedSession } from "./group-sessions";

export function groupHeader(trajectory: TrajectoryNote, members: readonly GroupMember[], sessions: readonly MergedSession[], today: string): GroupHeader {
	const next = sessions.find((s) => s.state === "planned" && s.note.date !== null && s.note.date >= today);
	const nextDate = next?.note.date ?? null;
	return {
		path: trajectory.path,
		name: trajectory.name,
		start: trajectory.start,
		end: trajectory.end,
		facilitator: trajectory.facilitator,
		members: members.map((m) => m.name),
		sessionsHeld: sessions.filter((s) => s.state === "held").length,
		sessionsPlanned: trajectory.sessionsPlanned ?? sessions.filter((s) => countsInRotation(s.note.status)).length,
		next: next && nextDate !== null ? { path: next.note.path, number: next.note.number, date: nextDate, daysToGo: daysBetween(today, nextDate) } : null,
		scale: { min: trajectory.scaleMin, max: trajectory.scaleMax },
	};
}
