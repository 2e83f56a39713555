import type { App } from "obsidian";
import { TFolder } from "obsidian";
import { insideVault, isWithin } from "../core/files/inside-vault";

/**
 * Every path the plugin writes goes through here: normalised, and refused (an error) when it would leave
 * `folder`, which is the vault itself unless given.
 */
export function writablePath(path: string, folder = ""): string {
	const inside = insideVault(path);
	const root = insideVault(folder);
	if (inside === null || root === null || !isWithin(inside, root)) throw new Error(`the path ${JSON.stringify(path)} lies outside ${folder ? JSON.stringify(folder) : "the vault"}`);
	return inside;
}

/** Exists under any letter case: Windows, macOS and most phones do not tell `Goal.md` from `goal.md`. */
export function pathExists(app: App, path: string): boolean {
	if (app.vault.getAbstractFileByPath(path)) return true;
	const slash = path.lastIndexOf("/");
	const parent = app.vault.getAbstractFileByPath(slash < 0 ? "/" : path.slice(0, slash));
	const lower = path.toLowerCase();
	return parent instanceof TFolder && parent.children.some((c) => c.path.toLowerCase() === lower);
}

/** Creates the folder and its parents where missing; another device creating one meanwhile is fine. */
export async function ensureFolder(app: App, folder: string): Promise<void> {
	const inside = writablePath(folder);
	if (inside === "") return;
	let current = "";
	for (const part of inside.split("/")) {
		current = current ? `${current}/${part}` : part;
		const existing = app.vault.getAbstractFileByPath(current);
		if (existing instanceof TFolder) continue;
		if (existing) throw new Error(`"${current}" is a file, not a folder`);
		try {
			await app.vault.createFolder(current);
		} catch (error) {
			if (!(app.vault.getAbstractFileByPath(current) instanceof TFolder)) throw error;
		}
	}
}
