import { sameName } from "../index/my-notes";
import type { AttendanceMark, AttendanceRow } from "./facilitator-model";
import type { GroupMember } from "./group-members";
import type { MergedSession } from "./group-sessions";

/** Member × session. Only a held session's `attendance` list says present or absent; without one it is unknown. */
export function attendanceRows(members: readonly GroupMember[], sessions: readonly MergedSession[]): AttendanceRow[] {
	return members.map((member) => {
		const cells = sessions.map((session) => ({ sessionPath: session.note.path, mark: markOf(session, member.name) }));
		return {
			member: member.name,
			cells,
			present: cells.filter((c) => c.mark === "present").length,
			absent: cells.filter((c) => c.mark === "absent").length,
		};
	});
}

function markOf(session: MergedSession, name: string): AttendanceMark {
	if (session.state === "cancelled" || session.state === "moved") return "no-session";
	if (session.state !== "held" || session.note.attendance.length === 0) return "unknown";
	return attended(session, name) ? "present" : "absent";
}

export function attended(session: MergedSession, name: string): boolean {
	return session.note.attendance.some((who) => sameName(who, name));
}
