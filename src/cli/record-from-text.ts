import { findFrontmatterBlock } from "../core/markdown/frontmatter-block";
import { KIND_PROPERTY } from "../core/schema/kinds";
import type { LinkRef, NoteRecord } from "../core/schema/note-record";
import { extractMetadata, OUR_KEY_LINE, reasonInNote } from "./markdown-metadata";
import { parseObsidianYaml } from "./obsidian-yaml";

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

/**
 * What `intervisie check` reads of a note, and no more: the properties of a block that can be one of ours,
 * parsed as `recordFromText` parses them (the same values, the same errors). The body is never scanned for
 * links, tags or headings, and a block that cannot name our kind is not parsed: its record has no properties,
 * which is how the check treats every note that is not ours. So the check's answers are the same.
 */
export function checkRecordFromText(path: string, text: string, mtime: number): NoteFromText {
	// No links are read: every record shares one empty list, and ten thousand notes leave no garbage for them.
	const record: NoteRecord = { path, frontmatter: null, frontmatterLinks: NO_LINKS, links: NO_LINKS, mtime };
	const block = findFrontmatterBlock(text);
	if (!block || !mayNameOurKind(block.yaml)) return { record, body: "" };
	try {
		record.frontmatter = parseObsidianYaml(block.yaml);
	} catch (error) {
		record.yamlError = { reason: reasonInNote(error), ours: OUR_KEY_LINE.test(block.yaml) };
	}
	return { record, body: text.slice(block.bodyStart) };
}

const NO_LINKS: readonly LinkRef[] = Object.freeze([]);

/**
 * Whether parsing a block could give the key `intervisie`: only when it is spelled out, or when the block
 * holds a backslash, with which a quoted key can spell it in escapes (`"\x69ntervisie"`, a line break escaped).
 */
function mayNameOurKind(yaml: string): boolean {
	return yaml.includes(KIND_PROPERTY) || yaml.includes("\\");
}
