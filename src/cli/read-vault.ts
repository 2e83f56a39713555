import { close, fstat, open, read } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { tooLargeProblem, unreadableFileProblem, unreadableNameProblem } from "../core/check/unread-files";
import type { NoteRecord } from "../core/schema/note-record";
import { namesKind } from "../core/schema/note-properties";
import type { Problem } from "../core/schema/problem";
import { nameFromBytes } from "./file-name";
import { recordFromText } from "./record-from-text";

export interface VaultContents {
	records: NoteRecord[];
	/** Bodies of our notes only (frontmatter with `intervisie`), by path: goal coaching reads them. */
	bodies: Map<string, string>;
	/** Files that were not read (over the size bound, a name that is not UTF-8, a read error): one problem each. */
	problems: Problem[];
}

/** A note bigger than this is not read: it is skipped by its size, never loaded. */
export const MAX_NOTE_BYTES = 16 * 1024 * 1024;

/**
 * Notes read ahead of the one being parsed: enough to keep Node's thread pool busy, few enough that the
 * texts waiting for their turn stay far below a gigabyte (16 × 16 MB at most) and far from the open-file limit.
 */
export const PARALLEL_READS = 16;

/** Reads every markdown note of a vault, as Obsidian would see it. Never writes. */
export async function readVault(root: string): Promise<VaultContents> {
	const { paths, problems } = await markdownPaths(root);
	const records: NoteRecord[] = [];
	const bodies = new Map<string, string>();
	const waiting: Promise<NoteFile>[] = [];
	let next = 0;
	const readNext = (): void => {
		const path = paths[next++];
		if (path === undefined) return;
		const reading = readNoteFile(join(root, path));
		// Awaited in turn; until then a failure must not count as an unhandled rejection.
		reading.catch(() => undefined);
		waiting.push(reading);
	};
	for (let i = 0; i < PARALLEL_READS; i++) readNext();
	for (const path of paths) {
		let file: NoteFile;
		try {
			file = await (waiting.shift() ?? Promise.reject(new Error("nothing read")));
		} catch (error) {
			file = { unread: { reason: reasonOf(error) } };
		}
		// The thread pool reads the next notes while this one is parsed.
		readNext();
		if ("text" in file) {
			const { record, body } = recordFromText(path, file.text, file.mtime);
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

/**
 * open, fstat, read, close with the callback API: text and mtime in the fewest trips through Node's
 * thread pool, which on a machine with few cores costs more than the reading itself. A file over the
 * size bound is closed after fstat, unread.
 */
function readNoteFile(file: string): Promise<NoteFile> {
	return new Promise((resolve, reject) => {
		open(file, "r", (openError, fd) => {
			if (openError) return reject(openError);
			const fail = (error: Error): void => close(fd, () => reject(error));
			fstat(fd, (statError, info) => {
				if (statError) return fail(statError);
				if (info.size > MAX_NOTE_BYTES) {
					close(fd, () => resolve({ unread: { reason: `over the size bound of ${MAX_NOTE_BYTES / (1024 * 1024)} MB for a note`, bytes: info.size } }));
					return;
				}
				const buffer = Buffer.allocUnsafe(info.size);
				const readFrom = (offset: number): void => {
					read(fd, buffer, offset, info.size - offset, offset, (readError, bytes) => {
						if (readError) return fail(readError);
						const total = offset + bytes;
						if (bytes > 0 && total < info.size) return readFrom(total);
						close(fd, () => undefined);
						// Obsidian decodes files without the byte order mark.
						resolve({ text: buffer.toString("utf8", 0, total).replace(/^\uFEFF/, ""), mtime: info.mtimeMs });
					});
				};
				readFrom(0);
			});
		});
	});
}

/**
 * Vault-relative paths with `/`, sorted; skips dot-folders (`.obsidian`, `.trash`, `.git`) and `node_modules`.
 * Names are read as bytes: a file or folder whose name is not valid UTF-8 becomes a problem, not a path.
 */
async function markdownPaths(root: string): Promise<{ paths: string[]; problems: Problem[] }> {
	const found: string[] = [];
	const problems: Problem[] = [];
	const walk = async (relative: string): Promise<void> => {
		const entries = await readdir(relative === "" ? root : join(root, relative), { withFileTypes: true, encoding: "buffer" });
		const folders: Promise<void>[] = [];
		for (const entry of entries) {
			if (entry.name[0] === 0x2e /* . */) continue;
			const { name, valid } = nameFromBytes(entry.name);
			const path = relative === "" ? name : `${relative}/${name}`;
			const isNote = entry.isFile() && name.toLowerCase().endsWith(".md");
			if (!valid && (entry.isDirectory() || isNote)) problems.push(unreadableNameProblem(path));
			else if (entry.isDirectory()) {
				if (name !== "node_modules") folders.push(walk(path));
			} else if (isNote) {
				found.push(path);
			}
		}
		await Promise.all(folders);
	};
	await walk("");
	return { paths: found.sort(), problems };
}

function reasonOf(error: unknown): string {
	const code = (error as { code?: unknown }).code;
	if (code === "EACCES" || code === "EPERM") return "permission denied";
	if (code === "ENOENT") return "the file went away while the vault was read";
	return error instanceof Error ? error.message : String(error);
}
