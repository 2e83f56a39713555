import { TextBuilder } from "./text-builder";

/**
 * Calls `found(start, end)` for each `<!-- -->` and `%% %%` comment of `text`, in order; an unclosed one runs to
 * the end of the note, as in Obsidian. One pass, nothing kept: each kind of opener is searched for again only
 * after the reader has passed it.
 */
export function eachComment(text: string, found: (start: number, end: number) => void): void {
	let from = 0;
	// The next opener of each kind at or after `from`.
	let html = text.indexOf("<!--");
	let percent = text.indexOf("%%");
	for (;;) {
		if (html !== -1 && html < from) html = text.indexOf("<!--", from);
		if (percent !== -1 && percent < from) percent = text.indexOf("%%", from);
		if (html === -1 && percent === -1) return;
		const isHtml = percent === -1 || (html !== -1 && html < percent);
		const at = isHtml ? html : percent;
		const close = isHtml ? "-->" : "%%";
		const end = text.indexOf(close, at + (isHtml ? 4 : 2));
		if (end === -1) {
			found(at, text.length);
			return;
		}
		from = end + close.length;
		found(at, from);
	}
}

/** Removes `<!-- -->` and `%% %%` comments; an unclosed one hides the rest of the note, as in Obsidian. */
export function withoutComments(text: string): string {
	// Made at the first comment: most notes have none, and come back as they are.
	let kept = null as TextBuilder | null;
	let at = 0;
	eachComment(text, (start, end) => {
		(kept ??= new TextBuilder()).add(text, at, start);
		at = end;
	});
	if (kept === null) return text;
	kept.add(text, at);
	return kept.toString();
}
