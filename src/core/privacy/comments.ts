import type { Range } from "./text-edits";

const DELIMITERS = [
	{ open: "%%", close: "%%" },
	{ open: "<!--", close: "-->" },
] as const;

/**
 * Obsidian comments `%% … %%` and HTML comments `<!-- … -->`, inline or across lines. Both are hidden when
 * reading, so both count as private. An unclosed one runs to the end of the note, and code spans and fences
 * are no exception: hiding a `%%` that was meant as code is the safer mistake.
 */
export function findComments(text: string): Range[] {
	const comments: Range[] = [];
	let from = 0;
	for (;;) {
		let next: { at: number; close: string; openLength: number } | null = null;
		for (const { open, close } of DELIMITERS) {
			const at = text.indexOf(open, from);
			if (at !== -1 && (next === null || at < next.at)) next = { at, close, openLength: open.length };
		}
		if (next === null) return comments;
		const close = text.indexOf(next.close, next.at + next.openLength);
		const end = close === -1 ? text.length : close + next.close.length;
		comments.push({ start: next.at, end });
		if (close === -1) return comments;
		from = end;
	}
}
