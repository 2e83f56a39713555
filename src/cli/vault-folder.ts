import { stat } from "node:fs/promises";
import { UsageError } from "./cli-io";

/** Fails with a clear message unless `root` is a folder; `given` is the path as the user typed it. */
export async function assertFolder(root: string, given: string): Promise<void> {
	let info;
	try {
		info = await stat(root);
	} catch (error) {
		const code = (error as { code?: string }).code;
		throw new UsageError(code === "ENOENT" ? `No such folder: ${given}` : `Cannot open ${given}: ${reasonOf(error)}`);
	}
	if (!info.isDirectory()) throw new UsageError(`Not a folder: ${given}. Give the vault's folder.`);
}

export function reasonOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
