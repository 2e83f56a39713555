import { safeFileName } from "../files/safe-file-name";

/**
 * Where a group shares its notes: a folder per trajectory inside the groups folder (inside the vault, since
 * a phone cannot write outside it), and in it a subfolder per member. The group syncs it with whatever it
 * already uses. A trajectory note's `group-folder` names its folder; without it, the trajectory's name does.
 */
export function groupFolderOf(trajectory: { name: string; groupFolder: string | null }, groupsFolder: string): string {
	const own = trajectory.groupFolder?.trim() ? trajectory.groupFolder : null;
	// A trajectory may name its folder, but only as one folder inside the groups folder: never elsewhere.
	const name = safeFileName((own ?? trajectory.name).split(/[\\/]/).filter((part) => part.trim() !== "" && !/^\.+$/.test(part.trim())).join(" "));
	return `${trimSlashes(groupsFolder)}/${name}`;
}

export function memberFolderOf(groupFolder: string, member: string): string {
	return `${trimSlashes(groupFolder)}/${safeFileName(member)}`;
}

export function isGroupPath(path: string, groupsFolder: string): boolean {
	const root = trimSlashes(groupsFolder);
	return root !== "" && path.startsWith(`${root}/`);
}

/** The name of the member subfolder a path is in, or null when it is not in one. */
export function memberOfPath(path: string, groupFolder: string): string | null {
	// An empty group folder is the root of what is read: a group folder opened on its own.
	const folder = trimSlashes(groupFolder);
	const root = folder === "" ? "" : `${folder}/`;
	if (!path.startsWith(root)) return null;
	const rest = path.slice(root.length).split("/");
	return rest.length >= 2 && rest[0] ? rest[0] : null;
}

function trimSlashes(folder: string): string {
	return folder.trim().replace(/^\/+|\/+$/g, "");
}
