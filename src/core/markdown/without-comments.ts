/**
 * Removes `<!-- -->` and `%% %%` comments; an unclosed one hides the rest of the note, as in Obsidian.
 * One pass: each kind of opener is searched for again only after the reader has passed it.
 */
export function withoutComments(text: string): string {
	let result = "";
	let from = 0;
	// The next opener of each kind at or after `from`.
	let html = text.indexOf("<!--");
	let percent = text.indexOf("%%");
	for (;;) {
		if (html !== -1 && html < from) html = text.indexOf("<!--", from);
		if (percent !== -1 && percent < from) percent = text.indexOf("%%", from);
		if (html === -1 && percent === -1) return result + text.slice(from);
		const isHtml = percent === -1 || (html !== -1 && html < percent);
		const at = isHtml ? html : percent;
		const close = isHtml ? "-->" : "%%";
		result += text.slice(from, at);
		const end = text.indexOf(close, at + (isHtml ? 4 : 2));
		if (end === -1) return result;
		from = end + close.length;
	}
}
