import type { GroupMemberInput } from "../facilitator/member-input";
import { sameName } from "../index/my-notes";
import { NoteIndex } from "../index/note-index";
import { PathLinkResolver } from "../links/link-resolver";
import type { NoteRecord } from "../schema/note-record";
import { safeFileName } from "../files/safe-file-name";
import { isPrivateRecord } from "../privacy/might-be-private";
import { memberOfPath } from "./group-folders";

/** One member's shared copies in a group folder, read as our notes, with links that stay inside them. */
export interface MemberNotes {
	name: string;
	folder: string;
	index: NoteIndex;
	/** Resolves a link only to this member's own shared copies, never to anyone else's note of that name. */
	resolve(link: string, from: string): string | null;
}

/**
 * The members of a group with their shared copies: every member of the trajectory (also one who shared
 * nothing yet), and any subfolder of someone not on the list. Notes that are or might be private are skipped.
 */
export function membersOfGroup(records: Iterable<NoteRecord>, groupFolder: string, members: readonly string[]): MemberNotes[] {
	const byFolder = new Map<string, NoteRecord[]>();
	for (const record of records) {
		// A note that is or might be private never shows, whatever brought it into the group folder.
		if (isPrivateRecord(record)) continue;
		const folder = memberOfPath(record.path, groupFolder);
		if (folder === null) continue;
		const list = byFolder.get(folder) ?? [];
		list.push(record);
		byFolder.set(folder, list);
	}
	const names = [...members];
	for (const folder of byFolder.keys()) if (!names.some((name) => sameName(safeFileName(name), folder))) names.push(folder);
	return names.map((name) => {
		const folderName = [...byFolder.keys()].find((f) => sameName(f, safeFileName(name))) ?? safeFileName(name);
		const own = byFolder.get(folderName) ?? [];
		const index = new NoteIndex({ me: name });
		for (const record of own) index.upsert(record);
		const resolver = new PathLinkResolver(own.map((r) => r.path));
		return { name, folder: groupFolder.trim() === "" ? folderName : `${groupFolder}/${folderName}`, index, resolve: (link, from) => resolver.resolve(link, from) };
	});
}

/** The members of a group as the facilitator model reads them: each with the notes of their shared copies. */
export function groupMemberInputs(records: Iterable<NoteRecord>, groupFolder: string, members: readonly string[]): GroupMemberInput[] {
	return membersOfGroup(records, groupFolder, members).map((m) => ({
		name: m.name,
		folder: m.folder,
		notes: [...m.index.all()].map((entry) => entry.note).filter((note) => note !== null),
		resolve: (link: string, from: string) => m.resolve(link, from),
	}));
}
