import { sameName } from "../index/my-notes";
import type { RotationRow } from "./facilitator-model";
import type { GroupMember } from "./group-members";
import type { MergedSession } from "./group-sessions";
import { refOf } from "./session-ref";

/** Who brought a case in a held session, whose turn is planned, and who has not had one yet. */
export function rotationRows(members: readonly GroupMember[], sessions: readonly MergedSession[]): RotationRow[] {
	return members.map((member) => {
		const bringing = sessions.filter((s) => s.note.caseBringers.some((name) => sameName(name, member.name)));
		const brought = bringing.filter((s) => s.state === "held").map((s) => refOf(s.note));
		const next = bringing.find((s) => s.state === "planned");
		return { member: member.name, brought, next: next ? refOf(next.note) : null, notYet: brought.length === 0 };
	});
}
