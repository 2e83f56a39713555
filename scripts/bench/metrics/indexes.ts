import { LinkIndex } from "../../../src/core/index/link-index";
import { NoteIndex } from "../../../src/core/index/note-index";
import { PathLinkResolver } from "../../../src/core/links/link-resolver";
import type { NoteRecord } from "../../../src/core/schema/note-record";

/**
 * The two indexes the plugin keeps over the vault (src/plugin/vault-index.ts), fed record by record. The
 * resolver stands in for Obsidian's metadata cache, which knows every path before the plugin hears of any.
 */
export class Indexes {
	readonly notes: NoteIndex;
	readonly links: LinkIndex;

	constructor(
		me: string,
		private readonly resolver: PathLinkResolver,
	) {
		this.notes = new NoteIndex({ me });
		this.links = new LinkIndex(resolver);
	}

	upsert(record: NoteRecord): void {
		this.notes.upsert(record);
		this.links.upsert(record);
	}

	remove(path: string): void {
		this.notes.remove(path);
		this.links.remove(path);
	}

	/** Obsidian has moved the file in its cache before it fires `rename`; the resolver's share is timed too. */
	rename(oldPath: string, record: NoteRecord): void {
		this.resolver.rename(oldPath, record.path);
		this.remove(oldPath);
		this.upsert(record);
	}
}

export function resolverOf(records: readonly NoteRecord[]): PathLinkResolver {
	return new PathLinkResolver(records.map((r) => r.path));
}

export function loadedIndexes(me: string, records: readonly NoteRecord[], resolver = resolverOf(records)): Indexes {
	const indexes = new Indexes(me, resolver);
	for (const record of records) indexes.upsert(record);
	return indexes;
}
