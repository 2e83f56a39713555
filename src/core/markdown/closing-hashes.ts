/** `Title ##` → `Title`: what `/[ \t]+#+$/` removes, found from the end so a long run of spaces costs one pass. */
export function withoutClosingHashes(text: string): string {
	let start = text.length;
	while (start > 0 && text[start - 1] === "#") start--;
	if (start === text.length) return text;
	let end = start;
	while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
	return end < start ? text.slice(0, end) : text;
}
