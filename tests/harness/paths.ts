/** Obsidian's path and link-text helpers. */

/** Forward slashes, no duplicate/leading/trailing slashes, NBSP → space, Unicode NFC; "" → "/". */
export function normalizePath(path: string): string {
	let result = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
	if (result === "") result = "/";
	return result.replace(/[\u00A0\u202F]/g, " ").normalize("NFC");
}

/** The link path of a link text: everything before the first `#` (heading or block subpath). */
export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}

export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	if (hash < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

/** Parent folder path of a vault path; "/" for the root. */
export function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "/" : path.slice(0, slash);
}

export function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

export function splitExtension(name: string): { basename: string; extension: string } {
	const dot = name.lastIndexOf(".");
	if (dot <= 0) return { basename: name, extension: "" };
	return { basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

export function joinPath(folder: string, name: string): string {
	return folder === "/" || folder === "" ? name : `${folder}/${name}`;
}

/** Obsidian hides files and folders whose name starts with a dot. */
export function isHiddenPath(path: string): boolean {
	return path.split("/").some((part) => part.startsWith("."));
}

/** Characters Obsidian refuses in file names (they break sync to Windows, Android and iOS). */
const ILLEGAL = /[\\:*?"<>|]/;

export function illegalNameError(path: string): Error | null {
	const name = fileName(path);
	if (!ILLEGAL.test(name)) return null;
	return new Error(`File name cannot contain any of the following characters: * " \\ / < > : | ?  (${name})`);
}
