/** Where a note's frontmatter block lies. Offsets index the note's text. */
export interface FrontmatterBlock {
	/** The YAML between the delimiter lines, without them. */
	yaml: string;
	/** Offset just after the closing `---`, where Obsidian's `frontmatterPosition` ends. */
	end: number;
	/** Offset of the first character after the closing delimiter line. */
	bodyStart: number;
}

/**
 * Like Obsidian: a block exists only when the first line is `---` and a later line is `---`
 * (trailing spaces allowed on both). Without a closing line the whole text is body.
 */
export function findFrontmatterBlock(text: string): FrontmatterBlock | null {
	const firstEnd = lineEnd(text, 0);
	if (firstEnd === text.length || !isDelimiter(text.slice(0, firstEnd))) return null;
	for (let start = firstEnd + 1; start <= text.length; ) {
		const end = lineEnd(text, start);
		if (isDelimiter(text.slice(start, end))) {
			const yaml = text.slice(firstEnd + 1, Math.max(firstEnd + 1, start - 1));
			return {
				yaml: yaml.endsWith("\r") ? yaml.slice(0, -1) : yaml,
				end: start + 3,
				bodyStart: Math.min(end + 1, text.length),
			};
		}
		start = end + 1;
	}
	return null;
}

function lineEnd(text: string, from: number): number {
	const index = text.indexOf("\n", from);
	return index === -1 ? text.length : index;
}

function isDelimiter(line: string): boolean {
	return line.startsWith("---") && line.slice(3).trim() === "";
}
