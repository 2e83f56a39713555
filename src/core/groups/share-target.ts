import { safeFileName, uniqueNotePath } from "../files/safe-file-name";

export interface SharedCopyOnDisk {
	path: string;
	/** The `id` property of the copy, if it has one. */
	id: string | null;
}

export type ShareTarget =
	/** The copy already there, found by id; `renameTo` when the original's name changed and that name is free. */
	| { kind: "update"; path: string; renameTo: string | null }
	| { kind: "create"; path: string };

/**
 * Where the shared copy of a note goes in my subfolder: the copy with the same `id` when there is one (so a
 * renamed note still finds it), else a new file named after the note, never over another file.
 */
export function shareTarget(memberFolder: string, title: string, id: string, copies: readonly SharedCopyOnDisk[], exists: (path: string) => boolean): ShareTarget {
	const prefix = `${memberFolder}/`;
	const mine = copies.filter((c) => c.path.startsWith(prefix));
	const found = mine.find((c) => c.id === id);
	const wanted = `${prefix}${safeFileName(title)}.md`;
	if (found) return { kind: "update", path: found.path, renameTo: found.path !== wanted && !exists(wanted) ? wanted : null };
	return { kind: "create", path: uniqueNotePath(memberFolder, safeFileName(title), exists) };
}
