import { bracketPairs } from "./bracket-pairs";
import { destinationCandidates } from "./link-destination";
import { nextOf } from "./next-index";
import type { IsPrivateTarget, LinkHit } from "./link-hit";

/**
 * Inline links and images to private notes: `[text](Target.md)`, `[text](<Target name.md>)`,
 * `![alt](Target.md "title")`. Found from each `](`, so link text with brackets or an image inside is no
 * obstacle; without its opening `[` the `](…)` part alone is replaced. A destination left open (`[x](Jan.md`)
 * is shown as text, and still names the note: it runs to the end of the line. Linear: brackets and
 * parentheses are paired once for the whole text.
 */
export function findPrivateMarkdownLinks(text: string, isPrivateTarget: IsPrivateTarget): LinkHit[] {
	const hits: LinkHit[] = [];
	let from = text.indexOf("](");
	if (from === -1) return hits;
	const parens = bracketPairs(text, "(", ")", "line");
	const brackets = bracketPairs(text, "[", "]", "paragraph");
	const next = nextOf(text);
	while (from !== -1) {
		const close = from;
		const end = destinationEnd(text, close + 1, parens, next);
		if (!destinationCandidates(text.slice(close + 2, end.closed ? end.at - 1 : end.at)).some(isPrivateTarget)) {
			from = text.indexOf("](", close + 2);
			continue;
		}
		const open = brackets[close] ?? -1;
		const isEmbed = open !== -1 && text[open - 1] === "!";
		hits.push({ start: open === -1 ? close : isEmbed ? open - 1 : open, end: end.at, kind: isEmbed ? "embed" : "link" });
		from = text.indexOf("](", Math.max(end.at, close + 2));
	}
	return hits;
}

/**
 * Where the destination opened by the `(` at `paren` ends: just after its `)`, or, for one that is never
 * closed, at the end of the line (`<…>` stops at its `>`).
 */
function destinationEnd(text: string, paren: number, parens: Int32Array, next: (char: string, from: number) => number): { at: number; closed: boolean } {
	const match = parens[paren] ?? -1;
	if (match !== -1) return { at: match + 1, closed: true };
	let i = paren + 1;
	while (text[i] === " " || text[i] === "\t") i++;
	const lineEnd = Math.min(next("\n", i), next("\r", i));
	if (text[i] === "<") {
		const angle = next(">", i);
		if (angle < lineEnd) return { at: angle + 1, closed: false };
	}
	return { at: lineEnd, closed: false };
}
