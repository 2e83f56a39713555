import { close, fstat, open, read } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { NoteRecord } from "../core/schema/note-record";
import { KIND_PROPERTY } from "../core/schema/kinds";
import { recordFromText } from "./record-from-text";

export interface VaultContents {
	records: NoteRecord[];
	/** Bodies of our notes only (frontmatter with `intervisie`), by path: goal coaching reads them. */
	bodies: Map<string, string>;
}

/** Files read at once: enough to keep the disk busy, few enough to stay far from the open-file limit. */
const BATCH_SIZE = 256;

/** Reads every markdown note of a vault, as Obsidian would see it. Never writes. */
export async function readVault(root: string): Promise<VaultContents> {
	const paths = await markdownPaths(root);
	const records: NoteRecord[] = [];
	const bodies = new Map<string, string>();
	const readBatch = (start: number): Promise<NoteFile[]> => {
		const batch = Promise.all(paths.slice(start, start + BATCH_SIZE).map((path) => readNoteFile(join(root, path))));
		// Awaited later; until then a failure must not count as an unhandled rejection.
		batch.catch(() => undefined);
		return batch;
	};
	let reading = readBatch(0);
	for (let start = 0; start < paths.length; start += BATCH_SIZE) {
		const files = await reading;
		// The thread pool reads the next batch while this one is parsed.
		if (start + BATCH_SIZE < paths.length) reading = readBatch(start + BATCH_SIZE);
		files.forEach((file, index) => {
			const path = paths[start + index] ?? "";
			const { record, body } = recordFromText(path, file.text, file.mtime);
			records.push(record);
			if (record.frontmatter && KIND_PROPERTY in record.frontmatter) bodies.set(path, body);
		});
	}
	return { records, bodies };
}

interface NoteFile {
	text: string;
	mtime: number;
}

/**
 * open, fstat, read, close with the callback API: text and mtime in the fewest trips through Node's
 * thread pool, which on a machine with few cores costs more than the reading itself.
 */
function readNoteFile(file: string): Promise<NoteFile> {
	return new Promise((resolve, reject) => {
		open(file, "r", (openError, fd) => {
			if (openError) return reject(openError);
			const fail = (error: Error): void => close(fd, () => reject(error));
			fstat(fd, (statError, info) => {
				if (statError) return fail(statError);
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

/** Vault-relative paths with `/`, sorted; skips dot-folders (`.obsidian`, `.trash`, `.git`) and `node_modules`. */
async function markdownPaths(root: string): Promise<string[]> {
	const found: string[] = [];
	const walk = async (relative: string): Promise<void> => {
		const entries = await readdir(relative === "" ? root : join(root, relative), { withFileTypes: true });
		const folders: Promise<void>[] = [];
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const path = relative === "" ? entry.name : `${relative}/${entry.name}`;
			if (entry.isDirectory()) {
				if (entry.name !== "node_modules") folders.push(walk(path));
			} else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
				found.push(path);
			}
		}
		await Promise.all(folders);
	};
	await walk("");
	return found.sort();
}
