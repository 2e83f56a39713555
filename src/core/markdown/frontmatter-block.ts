import { findPropertiesBlock } from "./properties-block";

/** Where a note's frontmatter block lies, as Obsidian's metadata cache sees it. Offsets index the note's text. */
export interface FrontmatterBlock {
	/** The YAML between the delimiter lines, without them. */
	yaml: string;
	/** Offset just after the closing `---`, where Obsidian's `frontmatterPosition` ends. */
	end: number;
	/** Offset of the first character after the closing delimiter line. */
	bodyStart: number;
}

/**
 * The properties block as Obsidian's cache sees it (`findPropertiesBlock`): a text that still starts with a
 * byte-order mark has none, since the mark stands before the first `---`. Readers that strip the mark first
 * (the command-line tool) find the block behind it.
 */
export function findFrontmatterBlock(text: string): FrontmatterBlock | null {
	const block = findPropertiesBlock(text);
	if (!block || block.byteOrderMark) return null;
	return { yaml: block.raw, end: block.end, bodyStart: block.bodyStart };
}
