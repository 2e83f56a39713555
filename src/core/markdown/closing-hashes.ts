/** `Title ##` → `Title`: what `/[ \t]+#+$/` removes, found from the end so a long run of spaces costs one pass. */
export function withoutClosingHashes(text: string): string {
	let start = text.length;
	while (start > 0 && text[start - 1] === "#") start--;
	if (start === text.length) return text;
	let end = start;
	while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
	return end < start ? text.slice(0, end) : text;
}

/**
 * `Title ## ` → `Title`, `## ` → ``: what `/[ \t]+#+[ \t]*$|^#+[ \t]*$/` removes from a heading's text (the
 * closing hashes with the blanks around them), found from the end: the regex retries a long run of blanks
 * from each one of them, which takes seconds on a heading followed by 100,000 spaces.
 */
export function withoutClosingSequence(text: string): string {
	let end = text.length;
	while (end > 0 && isBlank(text[end - 1])) end--;
	let hashes = end;
	while (hashes > 0 && text[hashes - 1] === "#") hashes--;
	if (hashes === end) return text;
	if (hashes === 0) return "";
	if (!isBlank(text[hashes - 1])) return text;
	let start = hashes;
	while (start > 0 && isBlank(text[start - 1])) start--;
	return text.slice(0, start);
}

function isBlank(c: string | undefined): boolean {
	return c === " " || c === "\t";
}
