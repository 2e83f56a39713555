const DRIVE = /^[A-Za-z]:/;

/**
 * A vault path as it will be written: `\` as `/`, no empty or `.` parts, no slash at either end (a leading one
 * means the vault root, as in Obsidian). Null when it would leave the vault: a `..` part, a drive letter or
 * `~`. An empty path is the vault root.
 */
export function insideVault(path: string): string | null {
	const parts = path.replace(/\\/g, "/").split("/").map((part) => part.trim());
	if (DRIVE.test(parts[0] ?? "") || parts[0] === "~") return null;
	const kept = parts.filter((part) => part !== "" && part !== ".");
	if (kept.some((part) => /^\.{2,}$/.test(part))) return null;
	return kept.join("/");
}

/** Whether a normalised vault path is the folder itself or lies somewhere below it; every path is below the root "". */
export function isWithin(path: string, folder: string): boolean {
	return folder === "" || path === folder || path.startsWith(`${folder}/`);
}
