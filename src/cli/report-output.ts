import { randomBytes } from "node:crypto";
import { realpathSync } from "node:fs";
import { open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { UsageError } from "./cli-io";
import { reasonOf } from "./vault-folder";

/**
 * Where the report goes: a file the user names, outside the folder that was read. Inside a vault the report
 * would be read as a note, and inside a group folder it would be shared with the whole group.
 * An existing file of that name is replaced, as with any export; a folder never is.
 */
export async function checkOutput(out: string, root: string): Promise<string> {
	const path = resolve(out);
	const folder = dirname(path);
	try {
		if (!(await stat(folder)).isDirectory()) throw new UsageError(`Not a folder: ${dirname(out)}`);
	} catch (error) {
		if (error instanceof UsageError) throw error;
		throw new UsageError(`No such folder for --out: ${dirname(out)}`);
	}
	const real = join(realpathSync(folder), basename(path));
	const inside = relative(realpathSync(root), real);
	if (inside === "" || (!inside.startsWith("..") && !isAbsolute(inside))) {
		throw new UsageError(`Write the report outside the folder you report on (${out} is inside it): a report there would be read as a note, or shared with the group.`);
	}
	const existing = await stat(path).catch(() => null);
	if (existing?.isDirectory()) throw new UsageError(`--out names a folder: ${out}. Give a file name, such as report.html.`);
	return path;
}

/**
 * Writes aside and renames, so a failed write never leaves half a report, nor half of the one it replaces.
 * The file aside has a random name and is created exclusively: a file or symlink planted under a name
 * that could be guessed is never written through, nor removed.
 */
export async function writeOutput(path: string, text: string): Promise<void> {
	const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(8).toString("hex")}.tmp`);
	let created = false;
	try {
		const file = await open(temporary, "wx");
		created = true;
		try {
			await file.writeFile(text, "utf8");
		} finally {
			await file.close();
		}
		await rename(temporary, path);
	} catch (error) {
		if (created) await rm(temporary, { force: true });
		throw new Error(`Could not write ${path}: ${reasonOf(error)}`);
	}
}
