import { buildFacilitatorModel } from "../core/facilitator/build-facilitator";
import type { FacilitatorModel } from "../core/facilitator/facilitator-model";
import { memberOfPath } from "../core/groups/group-folders";
import { groupMemberInputs } from "../core/groups/member-notes";
import { safeFileName } from "../core/files/safe-file-name";
import { sameName } from "../core/index/my-notes";
import type { Language } from "../core/i18n/language";
import { NoteIndex } from "../core/index/note-index";
import type { NoteRecord } from "../core/schema/note-record";
import type { TrajectoryNote } from "../core/schema/notes";
import { P } from "../core/schema/property-names";

export interface GroupOverviewInput {
	/** The group folder's notes, paths relative to it, private ones already left out. */
	records: readonly NoteRecord[];
	index: NoteIndex;
	trajectory: TrajectoryNote | null;
	/** The trajectory's name when its note is not in the folder: the folder's name. */
	name: string;
	members: readonly string[];
	today: string;
	language: Language;
}

/**
 * The facilitator view's facts over a group folder opened on its own: its subfolders are the members, their
 * shared session copies the sessions, and session notes outside a member's folder the facilitator's own.
 */
export function groupOverview(input: GroupOverviewInput): FacilitatorModel {
	const trajectory = input.trajectory ?? folderTrajectory(input.name, input.members);
	// Only the members' folders hold shared copies; any other folder (a `Sessions` folder) is the facilitator's.
	const isMemberFolder = (folder: string | null) => folder !== null && input.members.some((member) => sameName(safeFileName(member), folder));
	const inMemberFolder = (path: string) => isMemberFolder(memberOfPath(path, ""));
	return buildFacilitatorModel({
		today: input.today,
		language: input.language,
		trajectory,
		sessions: input.index.ofKind("session").filter((session) => !inMemberFolder(session.path)),
		members: groupMemberInputs(
			input.records.filter((record) => inMemberFolder(record.path)),
			"",
			input.members,
		),
	});
}

/** A trajectory read from what the folder shows: its name and members, the default scale. */
function folderTrajectory(name: string, members: readonly string[]): TrajectoryNote {
	const index = new NoteIndex({ me: "" });
	index.upsert({ path: `${name}.md`, frontmatter: { [P.kind]: "trajectory", [P.members]: [...members] }, links: [], frontmatterLinks: [], mtime: 0 });
	const note = index.ofKind("trajectory")[0];
	if (!note) throw new Error("A trajectory note could not be read back");
	return note;
}
