/**
 * File names that sync tools give to conflict copies: Dropbox and Nextcloud "(conflicted copy …)",
 * Obsidian Sync "(Conflicted copy …)", Syncthing ".sync-conflict-…", Resilio ".Conflict", OneDrive "-conflict".
 */
const CONFLICT_NAME_PATTERNS: readonly RegExp[] = [
	/conflicted copy/i,
	/\.sync-conflict-/i,
	/\.conflict\b/i,
	/[-_ ]conflict(ed)?[-_ (]/i,
	/\(conflict\)/i,
];

export function looksLikeConflictCopy(path: string): boolean {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return CONFLICT_NAME_PATTERNS.some((pattern) => pattern.test(name));
}
