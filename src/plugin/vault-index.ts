import type { App, CachedMetadata, TAbstractFile } from "obsidian";
import { TFile } from "obsidian";
import { NoteIndex } from "../core/index/note-index";
import { recordFromCache } from "./record-from-cache";

/**
 * Keeps the core index in step with the vault, from Obsidian's metadata cache only: a full pass once
 * layout is ready, then per file on `changed`, `rename` and `delete`.
 */
export class VaultIndex {
	readonly index: NoteIndex;
	private loaded = false;

	constructor(
		private readonly app: App,
		me: () => string,
	) {
		this.index = new NoteIndex({
			get me() {
				return me();
			},
		});
	}

	/** Reads every markdown file's cached metadata; called after layout-ready, never in onload. */
	loadAll(): void {
		this.index.clear();
		for (const file of this.app.vault.getMarkdownFiles()) this.update(file, this.app.metadataCache.getFileCache(file));
		this.loaded = true;
	}

	ensureLoaded(): NoteIndex {
		if (!this.loaded) this.loadAll();
		return this.index;
	}

	update(file: TFile, cache: CachedMetadata | null): void {
		this.index.upsert(recordFromCache(file, cache));
	}

	onChanged(file: TFile, cache: CachedMetadata): void {
		if (this.loaded) this.update(file, cache);
	}

	onRename(file: TAbstractFile, oldPath: string): void {
		if (!this.loaded) return;
		this.index.remove(oldPath);
		if (file instanceof TFile && file.extension === "md") this.update(file, this.app.metadataCache.getFileCache(file));
	}

	onDelete(file: TAbstractFile): void {
		if (this.loaded) this.index.remove(file.path);
	}
}
