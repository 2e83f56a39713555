export interface SplitNote {
	/** The lines between the `---` fences, or null when the text has no frontmatter block. */
	yamlLines: string[] | null;
	body: string;
}

/** Splits a note's text into its frontmatter lines and its body, without parsing the YAML. */
export function splitFrontmatter(text: string): SplitNote {
	const lines = text.split(/\r?\n/);
	if (lines[0]?.trimEnd() !== "---") return { yamlLines: null, body: text };
	const close = lines.findIndex((line, i) => i > 0 && line.trimEnd() === "---");
	if (close < 0) return { yamlLines: null, body: text };
	return { yamlLines: lines.slice(1, close), body: lines.slice(close + 1).join("\n") };
}

/** Top-level YAML entries by key: each key line with the indented or list lines that belong to it. */
export function topLevelEntries(yamlLines: readonly string[]): { key: string; lines: string[] }[] {
	const entries: { key: string; lines: string[] }[] = [];
	for (const line of yamlLines) {
		const key = yamlKey(line);
		if (key !== null) entries.push({ key, lines: [line] });
		else if (entries.length) entries[entries.length - 1]?.lines.push(line);
		else entries.push({ key: "", lines: [line] });
	}
	return entries;
}

const WHITE_SPACE = /\s/;
const NOT_A_KEY_START = /[\s#"':]/;

/**
 * The key of a `key: value` line (quoted or not), trimmed, as `/^(["']?)([^\s#"':][^:]*?)\1\s*:(\s|$)/` reads
 * it; null for other lines. Read around the first colon, as the regex retries every end of its lazy key
 * against the white space before the colon, which is quadratic on a long run of spaces.
 */
function yamlKey(line: string): string | null {
	const colon = line.indexOf(":");
	if (colon === -1 || (colon + 1 < line.length && !WHITE_SPACE.test(line.charAt(colon + 1)))) return null;
	const quote = line.startsWith('"') || line.startsWith("'") ? line.charAt(0) : "";
	const first = quote.length;
	if (first >= colon || NOT_A_KEY_START.test(line.charAt(first))) return null;
	const head = line.slice(0, colon).trimEnd();
	if (quote === "") return head.trim();
	return head.length > first + 1 && head.endsWith(quote) ? head.slice(first, -1).trim() : null;
}
