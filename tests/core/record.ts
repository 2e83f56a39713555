import type { NoteRecord } from "../../src/core/schema/note-record";

/** A record as the adapter would build it, for tests of the pure core. */
export function record(path: string, frontmatter: Record<string, unknown> | null, extra: Partial<NoteRecord> = {}): NoteRecord {
	return { path, frontmatter, frontmatterLinks: [], links: [], mtime: 0, ...extra };
}
