// The wikilink scanner of the shareable version as it was first written in privacy/, kept as the plainest statement of its answers.
import { linkpathOf } from "../../../src/core/links/link-resolver";
import type { IsPrivateTarget, LinkHit } from "../../../src/core/privacy/link-hit";

/** `[[…]]` and `![[…]]`; a single `]` may sit inside (`[[a|b]c]]`), a `[` may not, so `[[[x]]]` finds `[[x]]`. */
const WIKILINK = /(!?)\[\[((?:[^[\]\r\n]|\](?!\]))+)\]\]/g;

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
export function referencePrivateWikilinks(text: string, isPrivateTarget: IsPrivateTarget): LinkHit[] {
	const hits: LinkHit[] = [];
	for (const match of text.matchAll(WIKILINK)) {
		const target = wikilinkTarget(match[2] ?? "");
		if (target === "" || !isPrivateTarget(target)) continue;
		const start = match.index;
		hits.push({ start, end: start + match[0].length, kind: match[1] === "!" ? "embed" : "link" });
	}
	return [...hits, ...findPrivateNearLinks(text, isPrivateTarget)].sort((a, b) => a.start - b.start);
}

/** `[[` that no full wikilink closes: its text runs to the first bracket or line end, and a single `]` goes with it. */
function findPrivateNearLinks(text: string, isPrivateTarget: IsPrivateTarget): LinkHit[] {
	const hits: LinkHit[] = [];
	let from = 0;
	for (;;) {
		const open = text.indexOf("[[", from);
		if (open === -1) return hits;
		let end = open + 2;
		while (end < text.length && !"[]\r\n".includes(text[end] ?? "")) end++;
		from = end;
		if (text.startsWith("]]", end)) continue;
		if (text[end] === "[") continue;
		const target = wikilinkTarget(text.slice(open + 2, end));
		if (target === "" || !isPrivateTarget(target)) continue;
		if (text[end] === "]") end++;
		hits.push({ start: text[open - 1] === "!" ? open - 1 : open, end, kind: "link" });
		from = end;
	}
}
