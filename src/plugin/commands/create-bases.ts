import { normalizePath, Notice, TFolder } from "obsidian";
import type { App, TAbstractFile } from "obsidian";
import { intervisieBases } from "../../core/bases/base-files";
import { BASES_STRINGS } from "../../core/i18n/bases-strings";
import { reason } from "../note-writer";
import type { Services } from "../services";
import { uiLanguage } from "../ui-language";
import { writablePath } from "../vault-paths";

/**
 * Create Bases views: three `.base` files in the folder above the goal folder (`Intervisie`), or the vault root.
 * An existing file is never overwritten, under any letter case, also when sync created it a moment ago.
 */
export async function createBasesViews(services: Services): Promise<void> {
	const strings = BASES_STRINGS[uiLanguage()];
	const { app } = services;
	const settings = services.settings();
	let where = parentFolder(settings.folders.goal) || strings.vaultRoot;
	let created = 0;
	let kept = 0;
	try {
		const folder = await ensureFolder(app, parentFolder(settings.folders.goal));
		if (folder) where = folder;
		for (const base of intervisieBases(settings.notesLanguage, folder)) {
			if (lookup(app, base.path)) {
				kept++;
				continue;
			}
			try {
				await app.vault.create(writablePath(base.path, folder), base.text);
				created++;
			} catch (error) {
				if (!lookup(app, base.path)) throw error;
				kept++;
			}
		}
	} catch (error) {
		new Notice(strings.failed(created, where, reason(error)));
		return;
	}
	new Notice(strings.result(created, kept, where));
}

/** `Intervisie/Goals` → `Intervisie`; a top-level or empty goal folder → "" (the vault root). */
function parentFolder(goalFolder: string): string {
	const path = normalizePath(goalFolder || "/").replace(/^\/+|\/+$/g, "");
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** The folder's path as the vault spells it (an `intervisie` setting may meet an `Intervisie` folder). */
async function ensureFolder(app: App, wanted: string): Promise<string> {
	const folder = writablePath(wanted);
	if (!folder) return "";
	const existing = lookup(app, folder);
	if (existing instanceof TFolder) return existing.path;
	if (existing) throw new Error(`"${existing.path}" is a file, not a folder`);
	try {
		return (await app.vault.createFolder(folder)).path;
	} catch (error) {
		const raced = lookup(app, folder);
		if (raced instanceof TFolder) return raced.path;
		throw error;
	}
}

/** The file or folder at `path`, letter case ignored as on Windows, macOS and most phones. */
function lookup(app: App, path: string): TAbstractFile | null {
	const exact = app.vault.getAbstractFileByPath(path);
	if (exact) return exact;
	let current: TAbstractFile = app.vault.getRoot();
	for (const part of path.split("/")) {
		if (!(current instanceof TFolder)) return null;
		const name = part.toLowerCase();
		const next: TAbstractFile | undefined = current.children.find((child) => child.name.toLowerCase() === name);
		if (!next) return null;
		current = next;
	}
	return current;
}
