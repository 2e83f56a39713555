/**
 * A note as the core sees it: plain data, built by the Obsidian adapter from `metadataCache`
 * and by the command-line tool from the file with gray-matter. Same record, same answers.
 */
export interface LinkRef {
	/** The link target as written, without alias or heading: `Goals/Listen better`. */
	link: string;
	/** For frontmatter links: the property key, `goals.0` for the first item of a list. */
	key?: string;
	/** The link as it stands in the note: `[[Goals/Listen better|listen]]`. */
	original: string;
}

export interface NoteRecord {
	/** Vault-relative path with forward slashes, `Intervisie/Goals/Listen better.md`. */
	path: string;
	/** Parsed frontmatter as Obsidian gives it (dates stay strings), or null when the note has none. */
	frontmatter: Record<string, unknown> | null;
	/** Links found in frontmatter values, with their keys. */
	frontmatterLinks: readonly LinkRef[];
	/** Links found in the body. */
	links: readonly LinkRef[];
	/** Tags in the body (`#private`, without the properties' `tags`), as Obsidian's cache lists them. */
	tags?: readonly string[];
	/** Last modification time, epoch milliseconds. */
	mtime: number;
	/**
	 * Set when the text starts with a YAML block that could not be parsed; holds the parser's reason.
	 * `ours` tells whether the raw block names `intervisie:` (broken foreign YAML is not our business).
	 */
	yamlError?: { reason: string; ours: boolean };
}

/** Resolves a link written in `fromPath` to the path of an existing note, as Obsidian would. */
export interface LinkResolver {
	resolve(link: string, fromPath: string): string | null;
}
