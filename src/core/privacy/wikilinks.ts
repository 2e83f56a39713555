import { linkpathOf } from "../links/link-resolver";
import type { IsPrivateTarget, LinkHit } from "./link-hit";

/** `[[…]]` and `![[…]]`; a single `]` may sit inside (`[[a|b]c]]`), a `[` may not, so `[[[x]]]` finds `[[x]]`. */
const WIKILINK = /(!?)\[\[((?:[^[\]\r\n]|\](?!\]))+)\]\]/g;

/** The note a wikilink points at: without `#heading` or `|alias`, and without the `\` that escapes `|` in a table. */
function wikilinkTarget(inner: string): string {
	return linkpathOf(inner).replace(/\\+$/, "").trim();
}

export function findPrivateWikilinks(text: string, isPrivateTarget: IsPrivateTarget): LinkHit[] {
	const hits: LinkHit[] = [];
	for (const match of text.matchAll(WIKILINK)) {
		const target = wikilinkTarget(match[2] ?? "");
		if (target === "" || !isPrivateTarget(target)) continue;
		const start = match.index;
		hits.push({ start, end: start + match[0].length, kind: match[1] === "!" ? "embed" : "link" });
	}
	return hits;
}
