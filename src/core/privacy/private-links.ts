import type { IsPrivateTarget, LinkHit } from "./link-hit";
import { findPrivateMarkdownLinks } from "./markdown-links";
import { findPrivateObsidianUrls } from "./obsidian-urls";
import { findPrivateReferenceLinks } from "./reference-links";
import { findPrivateWikilinks } from "./wikilinks";

/**
 * Every link and embed to a private note, in text order and never overlapping: where one sits inside another
 * (an image inside a link), the outer one stands for both.
 */
export function findPrivateLinks(text: string, isPrivateTarget: IsPrivateTarget): LinkHit[] {
	const all = [
		...findPrivateWikilinks(text, isPrivateTarget),
		...findPrivateMarkdownLinks(text, isPrivateTarget),
		...findPrivateReferenceLinks(text, isPrivateTarget),
		...findPrivateObsidianUrls(text, isPrivateTarget),
	].sort((a, b) => a.start - b.start || b.end - a.end);
	const hits: LinkHit[] = [];
	for (const hit of all) {
		const last = hits[hits.length - 1];
		if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
		else hits.push({ ...hit });
	}
	return hits;
}
