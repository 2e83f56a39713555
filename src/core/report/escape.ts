const HTML_ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;", "%": "&#37;" };

/**
 * Text for HTML and SVG, in element content and in quoted attribute values. `%` is escaped too, so a
 * title with `%%` cannot open an Obsidian comment when the markup sits in a markdown note.
 */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"'%]/g, (c) => HTML_ENTITIES[c] ?? c);
}

/** Characters that mean something in Obsidian markdown anywhere in a line: emphasis, links, HTML, tables, tags, comments, math, highlights, block ids. */
const INLINE_SPECIAL = /[\\`*_[\]<>|#~=$^&!{}]/g;

/**
 * Plain text as one line of Obsidian markdown that reads back as the same text: specials get a backslash,
 * `%` becomes an entity (Obsidian does not honour `\%` in comments), line breaks become spaces, and what
 * would start a list, quote or heading at the start of a line is escaped too.
 */
export function escapeMarkdown(text: string): string {
	// Each run of white space that holds a line break becomes one space (as `/\s*[\r\n]+\s*/g` would, without retrying from every space).
	const line = text.replace(/\s+/g, (run) => (/[\r\n]/.test(run) ? " " : run));
	const escaped = line.replace(INLINE_SPECIAL, (c) => `\\${c}`).replace(/%/g, "&#37;");
	return escaped.replace(/^(\s*)([-+])(?=\s|$)/, "$1\\$2").replace(/^(\s*\d+)([.)])(?=\s|$)/, "$1\\$2");
}
