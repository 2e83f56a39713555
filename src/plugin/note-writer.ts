import type { App } from "obsidian";
import { normalizePath, Notice, TFile } from "obsidian";
import { safeFileName, uniqueNotePath } from "../core/files/safe-file-name";
import type { NoteDraft } from "../core/notes/note-draft";
import { composeNote } from "../core/templates/compose-note";
import { userTemplateNames } from "../core/templates/user-template-names";
import type { IntervisieSettings } from "../core/settings/settings";
import { ui } from "./ui-language";
import { ensureFolder, pathExists, writablePath } from "./vault-paths";

/**
 * Creates a note in one `vault.create` with its final frontmatter: a second write would race Templater's
 * on-create step. Never overwrites: a taken name gets a numbered suffix, also when another device's sync
 * created it a moment ago.
 */
export class NoteWriter {
	constructor(
		private readonly app: App,
		private readonly settings: () => IntervisieSettings,
	) {}

	async create(draft: NoteDraft): Promise<TFile> {
		const folder = normalizePath(this.settings().folders[draft.kind] || "/");
		await ensureFolder(this.app, folder);
		const text = composeNote(draft, await this.userTemplate(draft.kind));
		const base = safeFileName(draft.baseName);
		for (let attempt = 0; ; attempt++) {
			const path = writablePath(normalizePath(uniqueNotePath(folder === "/" ? "" : folder, base, (p) => pathExists(this.app, p))), folder === "/" ? "" : folder);
			try {
				return await this.app.vault.create(path, text);
			} catch (error) {
				if (attempt >= 3 || !pathExists(this.app, path)) throw error;
			}
		}
	}

	async open(file: TFile): Promise<void> {
		await this.app.workspace.getLeaf(false).openFile(file);
	}

	/** Creates and opens, telling the user what happened. Returns null (with a notice) when it failed. */
	async createAndOpen(draft: NoteDraft): Promise<TFile | null> {
		try {
			const file = await this.create(draft);
			new Notice(ui().notices.created(file.path));
			await this.open(file);
			return file;
		} catch (error) {
			new Notice(ui().notices.writeFailed(draft.baseName, reason(error)));
			return null;
		}
	}

	private async userTemplate(kind: NoteDraft["kind"]): Promise<string | null> {
		const folder = this.settings().templateFolder.trim();
		if (!folder) return null;
		for (const name of userTemplateNames(kind)) {
			const file = this.app.vault.getAbstractFileByPath(normalizePath(`${folder}/${name}.md`));
			if (file instanceof TFile) return this.app.vault.cachedRead(file);
		}
		return null;
	}
}

export function reason(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
