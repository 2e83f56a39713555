import { isSharedCopy } from "../core/groups/shared-copy";
import type { App, CachedMetadata, TAbstractFile } from "obsidian";
import { TFile } from "obsidian";
import { LinkIndex } from "../core/index/link-index";
import { NoteIndex } from "../core/index/note-index";
import type { LinkResolver, NoteRecord } from "../core/schema/note-record";
import { Coalescer } from "./coalescer";
import { recordFromCache } from "./record-from-cache";
import { unreadableRecord } from "./unreadable-notes";

/**
 * Keeps the core indexes in step with the vault from Obsidian's metadata cache: one full pass after layout
 * is ready, then per file on `changed`, `rename` and `delete`; at the first `resolved`, the notes that had no
 * cache yet in that pass are read again, and only those. Listeners hear of changes coalesced, never once per file.
 */
export class VaultIndex {
	readonly notes: NoteIndex;
	readonly links: LinkIndex;
	/** Shared copies in group folders: kept apart, so my own index and dashboard never count them twice. */
	readonly groupRecords = new Map<string, NoteRecord>();
	/** Notes read while Obsidian had no cache for them yet (it was still being built at start-up). */
	private readonly readWithoutCache = new Set<string>();
	private loaded = false;
	private readonly listeners = new Set<() => void>();
	private readonly notifier = new Coalescer(() => {
		for (const listener of [...this.listeners]) listener();
	});

	constructor(
		private readonly app: App,
		resolver: LinkResolver,
		me: () => string,
		/** Folders where a note with unreadable properties is probably ours. */
		private readonly ourFolders: () => readonly string[],
		/** The folder that holds the group folders. */
		private readonly groupsFolder: () => string = () => "",
	) {
		this.notes = new NoteIndex({
			get me() {
				return me();
			},
		});
		this.links = new LinkIndex(resolver);
	}

	get isLoaded(): boolean {
		return this.loaded;
	}

	/** Reads every markdown file's cached metadata: after layout-ready, never in onload. */
	loadAll(): void {
		this.notes.clear();
		this.groupRecords.clear();
		this.readWithoutCache.clear();
		for (const file of this.app.vault.getMarkdownFiles()) this.remember(file, this.app.metadataCache.getFileCache(file));
		this.loaded = true;
		this.notifier.schedule();
	}

	/**
	 * Once the cache is complete: reads again the notes that had no cache when they were read, and any note not
	 * read at all, and no other. A note whose cache came since was read then, on `changed`.
	 */
	readMissed(): void {
		if (!this.loaded) return this.loadAll();
		let read = false;
		for (const file of this.app.vault.getMarkdownFiles()) {
			if (!this.readWithoutCache.has(file.path) && (this.links.has(file.path) || this.groupRecords.has(file.path))) continue;
			this.remember(file, this.app.metadataCache.getFileCache(file));
			read = true;
		}
		if (read) this.notifier.schedule();
	}

	ensureLoaded(): NoteIndex {
		if (!this.loaded) this.loadAll();
		return this.notes;
	}

	subscribe(listener: () => void): () => void {
		this.listeners.add(listener);
		return () => this.listeners.delete(listener);
	}

	/** Tells listeners about pending changes now, without waiting for the quiet period. */
	flush(): void {
		this.notifier.flush();
	}

	/** A change that is not in the metadata cache (a note body read later) still needs a redraw. */
	changedElsewhere(): void {
		this.notifier.schedule();
	}

	onChanged(file: TFile, cache: CachedMetadata | null): void {
		if (!this.loaded) return;
		this.remember(file, cache);
		this.notifier.schedule();
	}

	onRename(file: TAbstractFile, oldPath: string): void {
		if (!this.loaded || !(file instanceof TFile) || file.extension !== "md") return;
		this.forget(oldPath);
		this.remember(file, this.app.metadataCache.getFileCache(file));
		this.notifier.schedule();
	}

	onDelete(file: TAbstractFile): void {
		if (!this.loaded || !(file instanceof TFile)) return;
		this.forget(file.path);
		this.notifier.schedule();
	}

	dispose(): void {
		this.notifier.cancel();
		this.listeners.clear();
	}

	private remember(file: TFile, cache: CachedMetadata | null): void {
		if (cache) this.readWithoutCache.delete(file.path);
		else this.readWithoutCache.add(file.path);
		const record = recordFromCache(file, cache);
		if (isSharedCopy(file.path, cache?.frontmatter, this.groupsFolder())) {
			this.forget(file.path);
			this.groupRecords.set(file.path, record);
			return;
		}
		this.groupRecords.delete(file.path);
		this.notes.upsert(record);
		this.links.upsert(record);
		if (!cache?.frontmatter && this.inOurFolders(file.path)) void this.checkUnreadable(file, record.mtime);
	}

	private forget(path: string): void {
		this.readWithoutCache.delete(path);
		this.groupRecords.delete(path);
		this.notes.remove(path);
		this.links.remove(path);
	}

	private async checkUnreadable(file: TFile, mtime: number): Promise<void> {
		const record = await unreadableRecord(this.app, file, recordFromCache(file, null));
		// The note may have been fixed or changed while it was read: only the latest version counts.
		if (!record || file.stat.mtime !== mtime || this.app.vault.getAbstractFileByPath(file.path) !== file) return;
		this.notes.upsert(record);
		this.notifier.schedule();
	}

	private inOurFolders(path: string): boolean {
		return this.ourFolders().some((folder) => folder !== "" && (path.startsWith(`${folder}/`) || path === folder));
	}
}
