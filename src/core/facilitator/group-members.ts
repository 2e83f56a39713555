import { sameName } from "../index/my-notes";
import type { TrajectoryNote } from "../schema/notes";
import type { GroupMemberInput } from "./member-input";

/** A member row: named by the trajectory, or found only as a subfolder of the group folder. */
export interface GroupMember {
	name: string;
	listed: boolean;
	/** The member's shared notes; null when they have no subfolder yet. */
	shared: GroupMemberInput | null;
}

/**
 * The trajectory's `members` in their order, each with the subfolder of the same name (letter case
 * aside); then subfolders the list does not name, by name. The facilitator's own subfolder is not a member
 * unless the list names them. A subfolder without notes counts as none: that member has shared nothing yet.
 */
export function groupMembers(trajectory: TrajectoryNote, all: readonly GroupMemberInput[]): GroupMember[] {
	const folders = all.filter((folder) => folder.notes.length > 0);
	const rows: GroupMember[] = [];
	const used = new Set<GroupMemberInput>();
	for (const name of trajectory.members) {
		if (name.trim() === "" || rows.some((row) => sameName(row.name, name))) continue;
		const shared = folders.find((folder) => !used.has(folder) && sameName(folder.name, name)) ?? null;
		if (shared) used.add(shared);
		rows.push({ name, listed: true, shared });
	}
	const facilitator = trajectory.facilitator;
	const others = folders
		.filter((folder) => !used.has(folder) && !(facilitator !== null && sameName(folder.name, facilitator)))
		.filter((folder, i, list) => list.findIndex((f) => sameName(f.name, folder.name)) === i)
		.sort((a, b) => a.name.localeCompare(b.name));
	for (const shared of others) if (!rows.some((row) => sameName(row.name, shared.name))) rows.push({ name: shared.name, listed: false, shared });
	return rows;
}

/** Who is expected at a session whose attendance is unknown: the listed members, or everyone when none is listed. */
export function expectedByDefault(members: readonly GroupMember[]): GroupMember[] {
	const listed = members.filter((m) => m.listed);
	return listed.length > 0 ? listed : [...members];
}
