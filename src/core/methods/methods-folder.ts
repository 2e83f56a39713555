/** Whether a note belongs to the methods folder (subfolders included); an empty folder setting means none does. */
export function isMethodNotePath(path: string, folder: string): boolean {
	const prefix = folder.trim().replace(/^\/+|\/+$/g, "");
	return prefix !== "" && path.startsWith(`${prefix}/`) && path.toLowerCase().endsWith(".md");
}
