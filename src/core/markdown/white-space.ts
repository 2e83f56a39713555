/** Whether a UTF-16 code unit is white space as `\s` and `String.prototype.trim` read it (line breaks included). */
export function isWhiteSpace(code: number): boolean {
	if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
	if (code < 160) return false;
	return (
		code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
		code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
	);
}

/** The first offset from `from` (before `end`) that is not white space; `end` when there is none. */
export function skipWhiteSpace(text: string, from: number, end: number): number {
	let at = from;
	while (at < end && isWhiteSpace(text.charCodeAt(at))) at++;
	return at;
}

/** Whether `text.slice(start, end).trim()` is empty, without the slice. */
export function isBlankBetween(text: string, start: number, end: number): boolean {
	return skipWhiteSpace(text, start, end) === end;
}
