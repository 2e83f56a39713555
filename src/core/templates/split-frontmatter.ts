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
		const key = /^(["']?)([^\s#"':][^:]*?)\1\s*:(\s|$)/.exec(line);
		if (key?.[2]) entries.push({ key: key[2].trim(), lines: [line] });
		else if (entries.length) entries[entries.length - 1]?.lines.push(line);
		else entries.push({ key: "", lines: [line] });
	}
	return entries;
}
