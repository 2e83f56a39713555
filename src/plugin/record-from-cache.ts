import type { CachedMetadata, TFile } from "obsidian";
import type { LinkRef, NoteRecord } from "../core/schema/note-record";

/** The core's plain record of a note, from Obsidian's parsed metadata: no file is read. */
export function recordFromCache(file: TFile, cache: CachedMetadata | null): NoteRecord {
	const record: NoteRecord = {
		path: file.path,
		frontmatter: cache?.frontmatter ?? null,
		frontmatterLinks: (cache?.frontmatterLinks ?? []).map((l): LinkRef => ({ link: l.link, key: l.key, original: l.original })),
		links: (cache?.links ?? []).map((l): LinkRef => ({ link: l.link, original: l.original })),
		mtime: file.stat.mtime,
	};
	if (cache?.tags?.length) record.tags = cache.tags.map((t) => t.tag);
	return record;
}
