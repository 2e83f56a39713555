import { foldName } from "./fold-name";
import { destinationCandidates } from "./link-destination";
import type { IsPrivateTarget, LinkHit } from "./link-hit";

/** `[label]: destination "title"` on its own line, possibly inside a quote or list. */
const DEFINITION = /^([ \t>*+-]*)\[([^[\]\r\n]+)\]:[ \t]*(<[^>\r\n]*>|\S+)[^\r\n]*/gm;
/** `[text][label]`, `[label][]` and `[label]`, each maybe an image. */
const REFERENCE = /(!?)\[([^[\]\r\n]*)\](?:\[([^[\]\r\n]*)\])?/g;

/**
 * Reference-style links to private notes: the definition goes, and so does every `[text][label]` that used it
 * (its text may name the person), each becoming the label; a `![alt][label]` image is left out.
 */
export function findPrivateReferenceLinks(text: string, isPrivateTarget: IsPrivateTarget): LinkHit[] {
	const hits: LinkHit[] = [];
	const privateLabels = new Set<string>();
	for (const match of text.matchAll(DEFINITION)) {
		if (!destinationCandidates(match[3] ?? "").some(isPrivateTarget)) continue;
		privateLabels.add(referenceKey(match[2] ?? ""));
		const start = match.index + (match[1] ?? "").length;
		hits.push({ start, end: match.index + match[0].length, kind: "link" });
	}
	if (privateLabels.size === 0) return hits;
	for (const match of text.matchAll(REFERENCE)) {
		const end = match.index + match[0].length;
		if (text[end] === "(" || text[end] === ":") continue;
		const label = match[3] ? match[3] : (match[2] ?? "");
		if (!privateLabels.has(referenceKey(label))) continue;
		hits.push({ start: match.index, end, kind: match[1] === "!" ? "embed" : "link" });
	}
	return hits;
}

function referenceKey(label: string): string {
	return foldName(label.replace(/\s+/g, " "));
}
