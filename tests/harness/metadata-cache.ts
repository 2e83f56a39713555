import type * as Obs from "../../node_modules/obsidian/obsidian";
import { extractMetadata } from "../../src/cli/markdown-metadata";
import { linkpathOf, PathLinkResolver } from "../../src/core/links/link-resolver";
import { Events } from "./events";
import { TAbstractFile, TFile } from "./files";
import type { Scheduler } from "./scheduler";
import type { Vault } from "./vault";

/**
 * What Obsidian's cache holds for a note's text: empty lists are left out, frontmatter only when it parsed.
 * A byte-order mark is stripped first, or kept (`keepByteOrderMark`), as some Obsidian versions do: then the
 * `---` is not on the first line and the cache sees no properties.
 */
export function cachedMetadataOf(text: string, keepByteOrderMark = false): Obs.CachedMetadata {
	const extracted = extractMetadata(keepByteOrderMark ? text : text.replace(/^\uFEFF/, ""));
	const cache: Obs.CachedMetadata = {};
	if (extracted.frontmatter && extracted.frontmatterPosition) {
		cache.frontmatter = extracted.frontmatter;
		cache.frontmatterPosition = extracted.frontmatterPosition;
		cache.frontmatterLinks = extracted.frontmatterLinks;
	}
	if (extracted.links.length > 0) cache.links = extracted.links;
	if (extracted.embeds.length > 0) cache.embeds = extracted.embeds;
	if (extracted.tags.length > 0) cache.tags = extracted.tags;
	if (extracted.headings.length > 0) cache.headings = extracted.headings;
	return cache;
}

/**
 * The metadata cache. Parsing happens a moment after a write (like Obsidian's worker): right after
 * `vault.modify` the cache still holds the old state. Then, per file, `changed` and `resolve`, and
 * once for the batch `resolved`. A rename moves the cache and fires only `resolved`.
 */
export class MetadataCache extends Events implements Obs.MetadataCache {
	resolvedLinks: Record<string, Record<string, number>> = {};
	/** Harness only: parse as a cache that keeps a leading byte-order mark (and then sees no properties). */
	keepByteOrderMark = false;
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private readonly caches = new Map<string, Obs.CachedMetadata>();
	private readonly resolver = new PathLinkResolver();
	private readonly dirty = new Set<TFile>();
	private resolveAllPending = false;

	constructor(private readonly vault: Vault, private readonly scheduler: Scheduler) {
		super();
		vault.on("create", (file) => this.onCreate(file));
		vault.on("modify", (file) => this.markDirty(file));
		vault.on("delete", (file) => this.onDelete(file));
		vault.on("rename", (file, oldPath) => this.onRename(file, oldPath));
	}

	on(name: "changed", callback: (file: TFile, data: string, cache: Obs.CachedMetadata) => unknown, ctx?: unknown): Obs.EventRef;
	on(name: "deleted", callback: (file: TFile, prevCache: Obs.CachedMetadata | null) => unknown, ctx?: unknown): Obs.EventRef;
	on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): Obs.EventRef;
	on(name: "resolved", callback: () => unknown, ctx?: unknown): Obs.EventRef;
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obs.EventRef;
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obs.EventRef {
		return super.on(name, callback, ctx);
	}

	getFileCache(file: Obs.TFile): Obs.CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}

	getCache(path: string): Obs.CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		const dest = this.resolver.resolve(linkpath, sourcePath);
		return dest === null ? null : this.vault.getFileByPath(dest);
	}

	/** "Shortest path when possible": the name when it finds this file from `sourcePath`, else the full path. */
	fileToLinktext(file: Obs.TFile, sourcePath: string, omitMdExtension = true): string {
		const omit = omitMdExtension && file.extension === "md";
		const name = omit ? file.basename : file.name;
		const full = omit ? file.path.slice(0, -3) : file.path;
		return this.getFirstLinkpathDest(name, sourcePath)?.path === file.path ? name : full;
	}

	/** Harness only: the file has no cache yet, as while Obsidian builds it at a cold start. */
	uncache(path: string): void {
		this.caches.delete(path);
	}

	/** Harness only: the file's cache is made without a `changed` event. */
	cacheQuietly(path: string): void {
		const file = this.vault.getFileByPath(path);
		if (file) this.caches.set(path, cachedMetadataOf(this.readText(file), this.keepByteOrderMark));
	}

	/** Reads every file without firing events, as when Obsidian starts with a warm cache. */
	loadAll(): void {
		for (const file of this.vault.getFiles()) this.resolver.add(file.path);
		for (const file of this.vault.getMarkdownFiles()) this.caches.set(file.path, cachedMetadataOf(this.readText(file), this.keepByteOrderMark));
		this.resolveAll();
	}

	/** Harness only: true while a parse is scheduled. */
	hasPendingWork(): boolean {
		return this.dirty.size > 0 || this.resolveAllPending;
	}

	private onCreate(file: TAbstractFile): void {
		// Files Obsidian announces at start-up are already cached: no reparse, as with a warm cache.
		if (!(file instanceof TFile) || this.caches.has(file.path)) return;
		this.resolver.add(file.path);
		this.resolveAllPending = true;
		this.markDirty(file);
	}

	private markDirty(file: TAbstractFile): void {
		if (file instanceof TFile && file.extension === "md") this.dirty.add(file);
		this.scheduleFlush();
	}

	private onDelete(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		this.resolver.remove(file.path);
		this.dirty.delete(file);
		const prev = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		delete this.resolvedLinks[file.path];
		delete this.unresolvedLinks[file.path];
		this.resolveAllPending = true;
		this.scheduleFlush();
		if (file.extension === "md") this.trigger("deleted", file, prev);
	}

	private onRename(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		this.resolver.rename(oldPath, file.path);
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(file.path, cache);
		delete this.resolvedLinks[oldPath];
		delete this.unresolvedLinks[oldPath];
		this.resolveAllPending = true;
		this.scheduleFlush();
	}

	private scheduleFlush(): void {
		this.scheduler.schedule("metadata-cache", () => this.flush());
	}

	private flush(): void {
		const batch = [...this.dirty];
		this.dirty.clear();
		for (const file of batch) {
			if (this.vault.getFileByPath(file.path) !== file) continue;
			const text = this.readText(file);
			const cache = cachedMetadataOf(text, this.keepByteOrderMark);
			this.caches.set(file.path, cache);
			this.trigger("changed", file, text, cache);
		}
		if (this.resolveAllPending) {
			this.resolveAllPending = false;
			this.resolveAll();
		} else {
			for (const file of batch) this.resolveFile(file.path);
		}
		for (const file of batch) if (this.vault.getFileByPath(file.path) === file) this.trigger("resolve", file);
		this.trigger("resolved");
	}

	private readText(file: TFile): string {
		return this.vault.adapter.readSync(file.path);
	}

	private resolveAll(): void {
		for (const path of this.caches.keys()) this.resolveFile(path);
	}

	private resolveFile(path: string): void {
		const cache = this.caches.get(path);
		if (!cache) return;
		const resolved: Record<string, number> = {};
		const unresolved: Record<string, number> = {};
		const refs = [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])];
		for (const ref of refs) {
			const linkpath = linkpathOf(ref.link);
			if (linkpath === "") continue;
			const dest = this.resolver.resolve(ref.link, path);
			if (dest === null) unresolved[linkpath] = (unresolved[linkpath] ?? 0) + 1;
			else resolved[dest] = (resolved[dest] ?? 0) + 1;
		}
		this.resolvedLinks[path] = resolved;
		this.unresolvedLinks[path] = unresolved;
	}
}
