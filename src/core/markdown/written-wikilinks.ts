/** A wikilink as written: where it stands (a `!` before it included) and where the text between its brackets is. */
export interface WrittenWikilink {
	start: number;
	end: number;
	innerStart: number;
	innerEnd: number;
	embed: boolean;
}

/** `[[…]]` and `![[…]]`; a single `]` may sit inside (`[[a|b]c]]`), a `[` may not, so `[[[x]]]` finds `[[x]]`. */
const WIKILINK = /(!?)\[\[((?:[^[\]\r\n]|\](?!\]))+)\]\]/g;

/**
 * Every closed wikilink and embed, read generously: Obsidian shows `[[a|b]c]]` as a link too. For readers that
 * must not miss one, such as the shareable version; the command line's reader follows Obsidian's cache instead.
 */
export function generousWikilinks(text: string): WrittenWikilink[] {
	const links: WrittenWikilink[] = [];
	for (const match of text.matchAll(WIKILINK)) {
		const embed = match[1] === "!";
		const innerStart = match.index + (embed ? 3 : 2);
		links.push({ start: match.index, end: match.index + match[0].length, innerStart, innerEnd: innerStart + (match[2] ?? "").length, embed });
	}
	return links;
}

/**
 * The near-forms Obsidian shows as text but that still name a note: a `[[` that no full wikilink closes, its text
 * running to the first bracket or line end, `[[Jan]` with one closing bracket (which goes with it) and `[[Jan` left
 * open. A `!` before it is included, though the form is no embed.
 */
export function unclosedWikilinks(text: string): WrittenWikilink[] {
	const links: WrittenWikilink[] = [];
	for (let from = 0; ; ) {
		const open = text.indexOf("[[", from);
		if (open === -1) return links;
		let stop = open + 2;
		while (stop < text.length && !"[]\r\n".includes(text[stop] ?? "")) stop++;
		from = stop;
		if (text.startsWith("]]", stop) || text[stop] === "[") continue;
		links.push({ start: text[open - 1] === "!" ? open - 1 : open, end: text[stop] === "]" ? stop + 1 : stop, innerStart: open + 2, innerEnd: stop, embed: false });
	}
}
