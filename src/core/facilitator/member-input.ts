import type { IntervisieNote } from "../schema/notes";

/** One member's subfolder of the group folder, as the adapter reads it. */
export interface GroupMemberInput {
	/** The member's name: the name of the subfolder. */
	name: string;
	/** The subfolder's path. */
	folder: string;
	/** The member's shared copies; what a member keeps private is never copied there. */
	notes: readonly IntervisieNote[];
	/** Resolves a link written in one of these notes, among the notes of this subfolder only. */
	resolve(link: string, from: string): string | null;
}
