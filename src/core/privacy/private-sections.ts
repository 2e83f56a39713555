import { atxOpening } from "../markdown/atx-heading";
import { withoutClosingSequence } from "../markdown/closing-hashes";
import { fenceRunAt } from "../markdown/fences";
import { lineEnd, nextLineStart } from "../markdown/lines";
import type { IsPrivateTarget } from "./link-hit";
import { findPrivateLinks } from "./private-links";
import type { Range } from "./text-edits";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Sections headed by nothing but a link to a private note, such as a report's `### [[Private goal]]`: the
 * heading and everything under it, up to the next heading of the same or a higher level. What is written
 * about a private note there belongs to it. Headings inside code fences do not count.
 */
export function findPrivateSections(text: string, isPrivateTarget: IsPrivateTarget): Range[] {
	if (!text.includes("#")) return [];
	const sections: Range[] = [];
	let open: { start: number; level: number } | null = null;
	let fence: string | null = null;
	for (let start = 0; ; ) {
		const end = lineEnd(text, start);
		const opened = fenceRunAt(text, start, end);
		if (fence !== null) {
			if (opened !== null && opened.startsWith(fence[0] ?? "") && opened.length >= fence.length) fence = null;
		} else if (opened !== null) {
			fence = opened;
		} else {
			const heading = atxOpening(text, start, end);
			if (heading && open !== null && heading.level <= open.level) {
				sections.push({ start: open.start, end: start });
				open = null;
			}
			if (heading && open === null && isLoneLinkToPrivate(text.slice(heading.textStart, end), isPrivateTarget)) open = { start, level: heading.level };
		}
		if (end === text.length) break;
		start = nextLineStart(text, end);
	}
	if (open !== null) sections.push({ start: open.start, end: text.length });
	return sections;
}

function isLoneLinkToPrivate(headingText: string, isPrivateTarget: IsPrivateTarget): boolean {
	const title = withoutClosingSequence(headingText);
	const links = findPrivateLinks(title, isPrivateTarget);
	if (links.length === 0) return false;
	let rest = "";
	let at = 0;
	for (const link of links) {
		rest += title.slice(at, link.start);
		at = link.end;
	}
	rest += title.slice(at);
	return !LETTER_OR_DIGIT.test(rest);
}
