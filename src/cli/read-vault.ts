import { closeSync, fstatSync, openSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tooLargeProblem, unreadableFileProblem, unreadableNameProblem } from "../core/check/unread-files";
import type { NoteRecord } from "../core/schema/note-record";
import { namesKind } from "../core/schema/note-properties";
import type { Problem } from "../core/schema/problem";
import { nameFromBytes } from "./file-name";
import { recordFromText } from "./record-from-text";
import type { NoteFromText } from "./record-from-text";

export interface VaultContents {
	records: NoteRecord[];
	/** Bodies of our notes only (frontmatter with `intervisie`), by path: goal coaching reads them. */
	bodies: Map<string, string>;
	/** Files that were not read (over the size bound, a name that is not UTF-8, a read error): one problem each. */
	problems: Problem[];
}

/** How a command reads a note's text into its record: in full (the default), or only what it uses. */
export type NoteReader = (path: string, text: string, mtime: number) => NoteFromText;

/** A note bigger than this is not read: it is skipped by its size, never loaded. */
export const MAX_NOTE_BYTES = 16 * 1024 * 1024;

/**
 * Reads every markdown note of a vault, as Obsidian would see it. Never writes. One note at a time, with
 * synchronous calls: a note costs open, fstat, read and close and no trip through Node's thread pool, which
 * on a machine with few cores cost more than the reading itself; and only one text is held at a time.
 */
export async function readVault(root: string, read: NoteReader = recordFromText): Promise<VaultContents> {
	const { paths, problems } = markdownPaths(root);
	const records: NoteRecord[] = [];
	const bodies = new Map<string, string>();
	for (const path of paths) {
		let file: NoteFile;
		try {
			file = readNoteFile(join(root, path));
		} catch (error) {
			file = { unread: { reason: reasonOf(error) } };
		}
		if ("text" in file) {
			const { record, body } = read(path, file.text, file.mtime);
			records.push(record);
			if (namesKind(record.frontmatter)) bodies.set(path, body);
			continue;
		}
		const { reason, bytes } = file.unread;
		problems.push(bytes === undefined ? unreadableFileProblem(path, reason) : tooLargeProblem(path, bytes, MAX_NOTE_BYTES));
		records.push(unreadRecord(path, reason));
	}
	return { records, bodies, problems };
}

/**
 * A note that was not read still has a record, so a link to it is not broken; with no properties and a
 * reason it counts as unreadable, which every exit treats as "might be private".
 */
function unreadRecord(path: string, reason: string): NoteRecord {
	return { path, frontmatter: null, frontmatterLinks: [], links: [], mtime: 0, yamlError: { reason, ours: false } };
}

type NoteFile = { text: string; mtime: number } | { unread: { reason: string; bytes?: number } };

/** Text and mtime; a file over the size bound is closed after fstat, unread. */
function readNoteFile(file: string): NoteFile {
	const fd = openSync(file, "r");
	try {
		const info = fstatSync(fd);
		if (info.size > MAX_NOTE_BYTES) return tooLarge(info.size);
		// Decoded as it is read, with no buffer in between: a vault of ten thousand notes leaves less garbage.
		const text = readFileSync(fd, "utf8");
		// A note that grew past the bound since fstat is not used either.
		if (text.length > MAX_NOTE_BYTES) return tooLarge(text.length);
		// Obsidian decodes files without the byte order mark.
		return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, mtime: info.mtimeMs };
	} finally {
		closeSync(fd);
	}
}

function tooLarge(bytes: number): NoteFile {
	return { unread: { reason: `over the size bound of ${MAX_NOTE_BYTES / (1024 * 1024)} MB for a note`, bytes } };
}

/**
 * Vault-relative paths with `/`, sorted; skips dot-folders (`.obsidian`, `.trash`, `.git`) and `node_modules`.
 * Names are read as bytes: a file or folder whose name is not valid UTF-8 becomes a problem, not a path.
 */
function markdownPaths(root: string): { paths: string[]; problems: Problem[] } {
	const found: string[] = [];
	const problems: Problem[] = [];
	const walk = (relative: string): void => {
		for (const { name, valid, isFile, isDirectory } of namedEntries(relative === "" ? root : join(root, relative))) {
			if (name.charCodeAt(0) === 0x2e /* . */) continue;
			const path = relative === "" ? name : `${relative}/${name}`;
			const isNote = isFile && name.toLowerCase().endsWith(".md");
			if (!valid && (isDirectory || isNote)) problems.push(unreadableNameProblem(path));
			else if (isDirectory) {
				if (name !== "node_modules") walk(path);
			} else if (isNote) {
				found.push(path);
			}
		}
	};
	walk("");
	return { paths: found.sort(), problems };
}

interface NamedEntry {
	name: string;
	valid: boolean;
	isFile: boolean;
	isDirectory: boolean;
}

/**
 * A folder's entries by name. Names are read as text; only a folder where a name came back with U+FFFD, which
 * the decoder puts where bytes are not UTF-8, is read again as bytes, to tell such a name from one that holds
 * the character itself.
 */
function namedEntries(folder: string): NamedEntry[] {
	const entries = readdirSync(folder, { withFileTypes: true });
	if (!entries.some((entry) => entry.name.includes("\uFFFD"))) {
		return entries.map((entry) => ({ name: entry.name, valid: true, isFile: entry.isFile(), isDirectory: entry.isDirectory() }));
	}
	return readdirSync(folder, { withFileTypes: true, encoding: "buffer" }).map((entry) => ({
		...nameFromBytes(entry.name),
		isFile: entry.isFile(),
		isDirectory: entry.isDirectory(),
	}));
}

function reasonOf(error: unknown): string {
	const code = (error as { code?: unknown }).code;
	if (code === "EACCES" || code === "EPERM") return "permission denied";
	if (code === "ENOENT") return "the file went away while the vault was read";
	return error instanceof Error ? error.message : String(error);
}
