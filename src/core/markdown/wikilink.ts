export interface LinkText {
	link: string;
	displayText: string;
}

/**
 * Splits what stands between `[[` and `]]` as Obsidian does: the alias follows the first `|`, unless
 * nothing precedes it (`[[|x]]` links to "|x"); `link` keeps its `#heading`, and without an alias the
 * display text shows the subpath as `Note > heading`. In a table the pipe is escaped: `[[Note\|alias]]`.
 */
export function splitWikilink(inner: string): LinkText {
	const pipe = inner.indexOf("|");
	const before = pipe > 0 ? inner.slice(0, pipe) : inner;
	const link = pipe > 1 && before.endsWith("\\") ? before.slice(0, -1) : before;
	const alias = pipe > 0 ? inner.slice(pipe + 1) : "";
	return { link, displayText: alias !== "" ? alias : subpathDisplay(link) };
}

function subpathDisplay(link: string): string {
	if (!link.includes("#")) return link;
	return link
		.split("#")
		.filter((part) => part !== "")
		.join(" > ");
}

const WHOLE_WIKILINK = /^\[\[([^\]\n]+)\]\]$/;

/** A frontmatter value that is exactly one wikilink, as Obsidian lists it in `frontmatterLinks`. */
export function wholeWikilink(value: string): (LinkText & { original: string }) | null {
	if (!value.includes("[[")) return null;
	const original = value.trim();
	const match = WHOLE_WIKILINK.exec(original);
	if (!match) return null;
	const { link, displayText } = splitWikilink(match[1] ?? "");
	return { link, displayText, original };
}
