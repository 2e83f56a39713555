import type { App, Debouncer, TAbstractFile } from "obsidian";
import { debounce, Notice, TFile } from "obsidian";
import type { Language } from "../core/i18n/language";
import type { MethodNote } from "../core/methods/custom-method";
import { MethodCatalogue } from "../core/methods/method-catalogue";
import { isMethodNotePath } from "../core/methods/methods-folder";
import { splitFrontmatter } from "../core/templates/split-frontmatter";
import type { IntervisieSettings } from "../core/settings/settings";

/**
 * The methods the pickers offer: the built-in ones, and the group's own notes in the methods folder, read
 * again when one of them changes. A note that cannot be read as a method gets a notice saying what to fix,
 * once per change, and stays out of the pickers. Once read, `reloaded` lets live views draw the new methods.
 */
export class MethodLibrary {
	private catalogue = MethodCatalogue.builtInOnly();
	private readonly told = new Set<string>();
	private readonly later: Debouncer<[], void>;

	constructor(
		private readonly app: App,
		private readonly settings: () => IntervisieSettings,
		private readonly language: () => Language,
		private readonly reloaded: () => void = () => undefined,
	) {
		this.later = debounce(() => void this.reload(), 500, true);
	}

	current(): MethodCatalogue {
		return this.catalogue;
	}

	/** Reads the methods folder; a handful of small notes, so done at layout-ready, never in `onload`. */
	async reload(): Promise<MethodCatalogue> {
		const folder = this.settings().methodsFolder;
		const files = this.app.vault.getMarkdownFiles().filter((file) => isMethodNotePath(file.path, folder));
		const notes = await Promise.all(files.map((file) => this.methodNote(file)));
		this.catalogue = MethodCatalogue.fromNotes(
			notes.filter((n): n is MethodNote => n !== null),
			this.language(),
		);
		this.tellProblems();
		this.reloaded();
		return this.catalogue;
	}

	/** Vault events: a change in the methods folder reads it again a moment later. */
	onFileEvent(file: TAbstractFile, oldPath?: string): void {
		const folder = this.settings().methodsFolder;
		if (isMethodNotePath(file.path, folder) || (oldPath !== undefined && isMethodNotePath(oldPath, folder))) this.later();
	}

	private async methodNote(file: TFile): Promise<MethodNote | null> {
		try {
			const text = await this.app.vault.cachedRead(file);
			const frontmatter = this.app.metadataCache.getFileCache(file)?.frontmatter ?? null;
			return { path: file.path, frontmatter: frontmatter ? { ...frontmatter } : null, body: splitFrontmatter(text).body };
		} catch {
			return null;
		}
	}

	/** Errors get a notice each time they first appear; one already told stays quiet until it is fixed. */
	private tellProblems(): void {
		const errors = this.catalogue.problems.filter((p) => p.severity === "error").map((p) => p.message);
		for (const message of errors) if (!this.told.has(message)) new Notice(message, 10_000);
		this.told.clear();
		for (const message of errors) this.told.add(message);
	}
}
