/** A note's properties block as written, found by Obsidian's rules. Offsets index the note's text. */
export interface PropertiesBlock {
	/** The text between the two `---` lines, without them and without their line endings. */
	raw: string;
	/** Offset just after the closing `---`, where Obsidian's `frontmatterPosition` ends. */
	end: number;
	/** Offset of the first character after the closing `---` line (its line ending included). */
	bodyStart: number;
	/** The text starts with a byte-order mark, which Obsidian's cache may keep, and then sees no properties. */
	byteOrderMark: boolean;
}

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * The block exists only when the first line is `---` and a later line is `---` (spaces and tabs after either
 * are allowed; CRLF too). Without a closing line, the whole text is body. A byte-order mark before the first
 * `---` is looked through. One pass over the text, line by line.
 */
export function findPropertiesBlock(text: string): PropertiesBlock | null {
	const byteOrderMark = text.startsWith(BYTE_ORDER_MARK);
	const start = byteOrderMark ? 1 : 0;
	const firstEnd = lineEnd(text, start);
	if (firstEnd === text.length || !isDelimiter(text, start, firstEnd)) return null;
	const rawStart = firstEnd + 1;
	for (let lineStart = rawStart; lineStart < text.length; ) {
		const end = lineEnd(text, lineStart);
		if (isDelimiter(text, lineStart, end)) {
			const rawEnd = Math.max(rawStart, lineStart - 1);
			const raw = text.slice(rawStart, rawEnd);
			return { raw: raw.endsWith("\r") ? raw.slice(0, -1) : raw, end: lineStart + 3, bodyStart: Math.min(end + 1, text.length), byteOrderMark };
		}
		lineStart = end + 1;
	}
	return null;
}

/** The body as written, line endings included: everything after the properties block, or the whole text without one. */
export function bodyOf(text: string): string {
	const block = findPropertiesBlock(text);
	return block ? text.slice(block.bodyStart) : text;
}

function lineEnd(text: string, from: number): number {
	const index = text.indexOf("\n", from);
	return index === -1 ? text.length : index;
}

function isDelimiter(text: string, start: number, end: number): boolean {
	if (!text.startsWith("---", start)) return false;
	for (let i = start + 3; i < end; i++) {
		const char = text[i];
		if (char !== " " && char !== "\t" && char !== "\r") return false;
	}
	return true;
}
