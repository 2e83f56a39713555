/**
 * Characters that break a file name on Windows, Android or iOS (`\ / : * ? " < > |`) or an Obsidian link
 * (`[ ] # ^ |`), plus control characters.
 */
const UNSAFE = /[\\/:*?"<>|[\]#^]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_LENGTH = 100;

/** Turns a title into a file name (without extension) that is safe everywhere a vault is synced. */
export function safeFileName(title: string, fallback = "Untitled"): string {
	let name = withoutControlCharacters(title.normalize("NFC")).replace(UNSAFE, " ").replace(/\s+/g, " ").trim();
	// Leading dots hide a file; trailing dots and spaces are dropped by Windows.
	name = name.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
	if (name.length > MAX_LENGTH) name = name.slice(0, MAX_LENGTH).replace(/[.\s]+$/, "");
	if (name === "" || WINDOWS_RESERVED.test(name)) name = name === "" ? fallback : `${name} note`;
	return name;
}

/**
 * The numbering suffix for a name that is taken: ` ~2`, ` ~3` … No sync tool uses it for its conflict
 * copies (those use ` (1)`, ` 2`, `conflicted copy`, `.sync-conflict-`), so a copy and a sibling never look alike.
 */
export function numberedName(base: string, n: number): string {
	return n <= 1 ? base : `${base} ~${n}`;
}

function withoutControlCharacters(text: string): string {
	let out = "";
	for (const char of text) {
		const code = char.charCodeAt(0);
		out += code < 0x20 || code === 0x7f ? " " : char;
	}
	return out;
}

/** A free path in `folder` for `base`, never an existing one. `exists` answers case-insensitively where the disk does. */
export function uniqueNotePath(folder: string, base: string, exists: (path: string) => boolean): string {
	const prefix = folder === "" || folder === "/" ? "" : `${folder.replace(/\/+$/, "")}/`;
	for (let n = 1; n < 10000; n++) {
		const path = `${prefix}${numberedName(base, n)}.md`;
		if (!exists(path)) return path;
	}
	throw new Error(`No free file name for "${base}" in "${folder}".`);
}
