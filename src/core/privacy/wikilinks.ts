import { linkpathOf } from "../links/link-resolver";
import { generousWikilinks, unclosedWikilinks } from "../markdown/written-wikilinks";
import type { IsPrivateTarget, LinkHit } from "./link-hit";

/** The note a wikilink points at: without `#heading` or `|alias`, and without the `\` that escapes `|` in a table. */
function wikilinkTarget(inner: string): string {
	const path = linkpathOf(inner);
	let end = path.length;
	// Read from the end: a pattern for trailing backslashes would retry from every one of a long run.
	while (end > 0 && path[end - 1] === "\\") end--;
	return path.slice(0, end).trim();
}

/**
 * Wikilinks and embeds of private notes, and the near-forms Obsidian shows as text but that still name a note:
 * `[[Jan]` with one closing bracket, and `[[Jan` left open up to the end of the line or the next bracket.
 */
export function findPrivateWikilinks(text: string, isPrivateTarget: IsPrivateTarget): LinkHit[] {
	const hits: LinkHit[] = [];
	for (const link of [...generousWikilinks(text), ...unclosedWikilinks(text)]) {
		const target = wikilinkTarget(text.slice(link.innerStart, link.innerEnd));
		if (target !== "" && isPrivateTarget(target)) hits.push({ start: link.start, end: link.end, kind: link.embed ? "embed" : "link" });
	}
	return hits.sort((a, b) => a.start - b.start);
}
