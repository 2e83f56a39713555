import { nextOf } from "./next-index";
import type { Range } from "./text-edits";

const DELIMITERS = [
	{ open: "%%", close: "%%" },
	{ open: "<!--", close: "-->" },
] as const;

/**
 * Obsidian comments `%% … %%` and HTML comments `<!-- … -->`, inline or across lines. Both are hidden when
 * reading, so both count as private. An unclosed one runs to the end of the note, and code spans and fences
 * are no exception: hiding a `%%` that was meant as code is the safer mistake. Linear: each delimiter's next
 * place is looked up once and remembered.
 */
export function findComments(text: string): Range[] {
	const comments: Range[] = [];
	const next = nextOf(text);
	let from = 0;
	for (;;) {
		let found: { at: number; close: string; openLength: number } | null = null;
		for (const { open, close } of DELIMITERS) {
			const at = next(open, from);
			if (at < text.length && (found === null || at < found.at)) found = { at, close, openLength: open.length };
		}
		if (found === null) return comments;
		const close = next(found.close, found.at + found.openLength);
		const end = close === text.length ? text.length : close + found.close.length;
		comments.push({ start: found.at, end });
		if (close === text.length) return comments;
		from = end;
	}
}
