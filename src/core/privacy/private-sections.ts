import type { IsPrivateTarget } from "./link-hit";
import { fenceOf } from "./paragraph-breaks";
import { findPrivateLinks } from "./private-links";
import type { Range } from "./text-edits";
import { splitLines } from "./text-lines";

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const CLOSING_HASHES = /[ \t]+#+[ \t]*$|^#+[ \t]*$/;
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
	for (const line of splitLines(text)) {
		const content = text.slice(line.start, line.end);
		const opened = fenceOf(content);
		if (fence !== null) {
			if (opened !== null && opened.startsWith(fence[0] ?? "") && opened.length >= fence.length) fence = null;
			continue;
		}
		if (opened !== null) {
			fence = opened;
			continue;
		}
		const heading = HEADING.exec(content);
		if (!heading) continue;
		const level = heading[1]?.length ?? 1;
		if (open !== null && level <= open.level) {
			sections.push({ start: open.start, end: line.start });
			open = null;
		}
		if (open === null && isLoneLinkToPrivate(content.slice(heading[0].length), isPrivateTarget)) open = { start: line.start, level };
	}
	if (open !== null) sections.push({ start: open.start, end: text.length });
	return sections;
}

function isLoneLinkToPrivate(headingText: string, isPrivateTarget: IsPrivateTarget): boolean {
	const title = headingText.replace(CLOSING_HASHES, "");
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
