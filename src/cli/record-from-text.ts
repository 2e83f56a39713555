import type { NoteRecord } from "../core/schema/note-record";
import { extractMetadata } from "./markdown-metadata";

export interface NoteFromText {
	record: NoteRecord;
	/** The text after the frontmatter block. */
	body: string;
}

/**
 * The core's record of a note read from disk, the same as the plugin builds from Obsidian's metadata
 * cache: `extractMetadata` finds the properties block by Obsidian's rules, parses it once with the
 * Obsidian YAML engine (bounded, see obsidian-yaml) and finds the links.
 */
export function recordFromText(path: string, text: string, mtime: number): NoteFromText {
	const meta = extractMetadata(text);
	const record: NoteRecord = {
		path,
		frontmatter: meta.frontmatter,
		frontmatterLinks: meta.frontmatterLinks.map(({ key, link, original }) => ({ key, link, original })),
		links: meta.links.map(({ link, original }) => ({ link, original })),
		mtime,
	};
	if (meta.tags.length > 0) record.tags = meta.tags.map((t) => t.tag);
	if (meta.yamlError) record.yamlError = meta.yamlError;
	return { record, body: meta.body };
}
