import matter from "gray-matter";
import type { NoteRecord } from "../core/schema/note-record";
import { extractMetadata } from "./markdown-metadata";
import { parseObsidianYaml, yamlEngine } from "./obsidian-yaml";

export interface NoteFromText {
	record: NoteRecord;
	/** The text after the frontmatter block. */
	body: string;
}

/**
 * The core's record of a note read from disk, the same as the plugin builds from Obsidian's metadata
 * cache: gray-matter with the Obsidian YAML engine reads the properties, `extractMetadata` decides
 * where a block is (Obsidian's rules, which gray-matter does not follow exactly) and finds the links.
 */
export function recordFromText(path: string, text: string, mtime: number): NoteFromText {
	const meta = extractMetadata(text, (yaml) => frontmatterOf(text, yaml));
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

function frontmatterOf(text: string, yaml: string): Record<string, unknown> | null {
	let data: Record<string, unknown>;
	try {
		// Passing options also keeps gray-matter from caching every file's text.
		data = matter(text, { engines: { yaml: yamlEngine } }).data;
	} catch {
		// Parse the block itself for the error, so its line numbers count as extractMetadata expects.
		return parseObsidianYaml(yaml);
	}
	// gray-matter gives {} where Obsidian gives no frontmatter: an empty or comment-only block.
	return Object.keys(data).length > 0 ? data : null;
}
