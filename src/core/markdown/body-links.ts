import type { Loc, Pos } from "./positions";
import { span } from "./positions";
import { splitWikilink } from "./wikilink";
import { wikilinkSpans } from "./wikilink-spans";

export interface BodyLink {
	link: string;
	original: string;
	displayText: string;
	position: Pos;
}

export interface BodyLinks {
	links: BodyLink[];
	embeds: BodyLink[];
	/** Where each link or embed stands, so tags are not read from inside them. */
	ranges: [number, number][];
}

/** `[text](target)` with an optional title; a target with spaces needs angle brackets, as in CommonMark. */
const MARKDOWN_LINK = /\[([^[\]\n]*)\]\(\s*(<[^<>\n]*>|[^\s()<>]+)(?:\s+"[^"\n]*"|\s+'[^'\n]*')?\s*\)/g;
/** `https:`, `mailto:`, `obsidian:`… point outside the vault; Obsidian does not list them. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Wikilinks and markdown links to notes, found in `masked` (see maskUnparsed) and copied from `text`. */
export function findBodyLinks(text: string, masked: string, locate: (offset: number) => Loc): BodyLinks {
	const found: { start: number; end: number; embed: boolean; link: string; displayText: string }[] = [];
	const taken: [number, number][] = [];
	const result: BodyLinks = { links: [], embeds: [], ranges: [] };
	if (!masked.includes("[")) return result;
	for (const [start, end] of wikilinkSpans(masked)) {
		const embed = masked[start - 1] === "!";
		const { link, displayText } = splitWikilink(text.slice(start + 2, end - 2));
		found.push({ start: embed ? start - 1 : start, end, embed, link, displayText });
		taken.push([start, end]);
	}
	let next = 0;
	for (const match of masked.matchAll(MARKDOWN_LINK)) {
		const start = match.index;
		const end = start + match[0].length;
		while (next < taken.length && (taken[next]?.[1] ?? 0) <= start) next++;
		if ((taken[next]?.[0] ?? Infinity) < end) continue;
		const target = markdownTarget(text.slice(start, end), match[1]?.length ?? 0);
		if (target === null) continue;
		const embed = masked[start - 1] === "!";
		const displayText = text.slice(start + 1, start + 1 + (match[1]?.length ?? 0));
		found.push({ start: embed ? start - 1 : start, end, embed, link: target, displayText });
	}
	found.sort((a, b) => a.start - b.start);
	for (const { start, end, embed, link, displayText } of found) {
		const entry = { link, original: text.slice(start, end), displayText, position: span(locate, start, end) };
		(embed ? result.embeds : result.links).push(entry);
		result.ranges.push([start, end]);
	}
	return result;
}

/** The decoded target of `[text](target)`, or null when it is empty or points outside the vault. */
function markdownTarget(original: string, textLength: number): string | null {
	const inParens = original.slice(textLength + 3, -1).trim();
	let target = inParens.startsWith("<") ? inParens.slice(1, inParens.indexOf(">")) : inParens.split(/\s/)[0] ?? "";
	target = safeDecode(target.trim());
	if (target === "" || URL_SCHEME.test(target)) return null;
	return target;
}

function safeDecode(value: string): string {
	if (!value.includes("%")) return value;
	try {
		return decodeURIComponent(value);
	} catch {
		return value;
	}
}
