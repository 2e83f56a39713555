/**
 * Lines read by offset, as CommonMark splits them (`\r\n`, `\n` or a lone `\r`), without an object or a
 * string per line: a scanner of a hostile note with a hundred thousand lines keeps nothing per line alive.
 *
 * ```
 * for (let start = 0; ; start = nextLineStart(text, end)) {
 *   const end = lineEnd(text, start);
 *   …
 *   if (end === text.length) break;
 * }
 * ```
 */

/** Where the line that holds `from` ends: at its `\n` or `\r`, or at the end of the text. */
export function lineEnd(text: string, from: number): number {
	for (let at = from; at < text.length; at++) {
		const code = text.charCodeAt(at);
		if (code === LF || code === CR) return at;
	}
	return text.length;
}

/** Where the line after one that ends at `end` starts: past its `\r\n`, `\n` or lone `\r` (the text's length after the last line). */
export function nextLineStart(text: string, end: number): number {
	if (end >= text.length) return text.length;
	return text.charCodeAt(end) === CR && text.charCodeAt(end + 1) === LF ? end + 2 : end + 1;
}

const LF = 10;
const CR = 13;
