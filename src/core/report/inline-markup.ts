import { nextStop } from "../markdown/next-stop";

/**
 * Replaces `[[target|alias]]` and `![[…]]` as `/!?\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g` finds them. A link
 * ends at the first `]` or `|` after its `[[` (and, with an alias, the first `]` after that), so each opener
 * has one answer, found without reading past the stops again.
 */
export function replaceWikilinks(text: string, replace: (target: string, alias: string | undefined) => string): string {
	const targetEnd = nextStop(text, (at) => text[at] === "]" || text[at] === "|");
	const aliasEnd = nextStop(text, (at) => text[at] === "]");
	let out = "";
	let last = 0;
	for (let at = text.indexOf("[["); at !== -1; ) {
		const stop = targetEnd(at + 2);
		const close = text[stop] === "|" ? aliasEnd(stop + 1) : stop;
		if (!text.startsWith("]]", close)) {
			at = text.indexOf("[[", at + 1);
			continue;
		}
		const start = at > last && text[at - 1] === "!" ? at - 1 : at;
		out += text.slice(last, start) + replace(text.slice(at + 2, stop), close === stop ? undefined : text.slice(stop + 1, close));
		last = close + 2;
		at = text.indexOf("[[", last);
	}
	return out + text.slice(last);
}

/** `[text](target)` and `![text](target)` become their text, as `.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")` does. */
export function markdownLinksAsText(text: string): string {
	const labelEnd = nextStop(text, (at) => text[at] === "]");
	const targetEnd = nextStop(text, (at) => text[at] === ")");
	let out = "";
	let last = 0;
	for (let at = text.indexOf("["); at !== -1; ) {
		const label = labelEnd(at + 1);
		const close = text[label + 1] === "(" ? targetEnd(label + 2) : text.length;
		if (close >= text.length) {
			at = text.indexOf("[", at + 1);
			continue;
		}
		const start = at > last && text[at - 1] === "!" ? at - 1 : at;
		out += text.slice(last, start) + text.slice(at + 1, label);
		last = close + 1;
		at = text.indexOf("[", last);
	}
	return out + text.slice(last);
}

const EMPHASIS = ["**", "__", "==", "~~"];
const MARK_CHARS = "*_=~";
const WHITE_SPACE = /\s/;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * `**bold**`, `__bold__`, `==highlight==`, `~~struck~~` become their text, as
 * `.replace(/(\*\*|__|==|~~)(\S(?:.*?\S)?)\1/g, "$2")` does: the text runs to the first closing mark after a
 * non-space on the same line; only when there is none does a single character between marks count.
 */
export function withoutEmphasis(text: string): string {
	const closers = new Map(EMPHASIS.map((mark) => [mark, nextStop(text, (at) => text.startsWith(mark, at) && isNonSpace(text, at - 1))]));
	const lineBreak = nextStop(text, (at) => LINE_BREAK.test(text.charAt(at)));
	let out = "";
	let last = 0;
	for (let at = 0; at + 4 < text.length; at++) {
		// Compared by character first: slicing two characters at every position would fill memory with garbage.
		const c = text.charAt(at);
		if (!MARK_CHARS.includes(c) || text.charAt(at + 1) !== c) continue;
		const mark = c + c;
		const closer = closers.get(mark);
		if (!closer || !isNonSpace(text, at + 2)) continue;
		const first = closer(at + 4);
		const close = first <= lineBreak(at + 3) && first < text.length ? first : text.startsWith(mark, at + 3) ? at + 3 : -1;
		if (close === -1) continue;
		out += text.slice(last, at) + text.slice(at + 2, close);
		last = close + 2;
		at = last - 1;
	}
	return out + text.slice(last);
}

function isNonSpace(text: string, at: number): boolean {
	return at >= 0 && at < text.length && !WHITE_SPACE.test(text.charAt(at));
}
