export interface AtxHeading {
	/** 1–6, the number of `#`. */
	level: number;
	/** The words after the hashes, without the white space around them or a closing run of `#`; not trimmed further. */
	text: string;
}

export interface AtxRule {
	/** Spaces allowed before the hashes. */
	indent: number;
	/** Whether `#` alone (or followed only by spaces) is a heading. */
	bare: boolean;
	/** Closing hashes: `spaced` needs white space before them (`Title ##`), `any` takes them as they come (`Title##`). */
	closing: "spaced" | "any";
}

/** Line breaks that a line split on `\n` may still hold: none of them can be part of a heading. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;

/**
 * Reads an ATX heading line (`## Title ##`) by index, in one pass: the regexes this replaces
 * (`/^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/` and kin) retry every end of the lazy text, which is
 * quadratic, or worse, on a heading followed by a long run of spaces.
 */
export function atxHeading(line: string, rule: AtxRule): AtxHeading | null {
	let at = 0;
	while (at < rule.indent && line[at] === " ") at++;
	let hashesEnd = at;
	while (line[hashesEnd] === "#") hashesEnd++;
	const level = hashesEnd - at;
	if (level < 1 || level > 6) return null;
	if (hashesEnd === line.length) return rule.bare ? { level, text: "" } : null;
	if (!isBlank(line[hashesEnd]) || LINE_BREAK.test(line)) return null;
	let start = hashesEnd;
	while (isBlank(line[start])) start++;
	return { level, text: line.slice(start, contentEnd(line, start, rule.closing)) };
}

/** Where the heading's words end: before trailing white space and the closing hashes. */
function contentEnd(line: string, start: number, closing: AtxRule["closing"]): number {
	let end = line.length;
	while (end > start && isBlank(line[end - 1])) end--;
	let hashes = end;
	while (hashes > start && line[hashes - 1] === "#") hashes--;
	if (hashes === end) return end;
	if (closing === "any") {
		while (hashes > start && isBlank(line[hashes - 1])) hashes--;
		return hashes;
	}
	if (hashes === start || !isBlank(line[hashes - 1])) return end;
	while (hashes > start && isBlank(line[hashes - 1])) hashes--;
	return hashes;
}

function isBlank(c: string | undefined): boolean {
	return c === " " || c === "\t";
}

export interface AtxOpening {
	level: number;
	/** Where the heading's text starts: after the hashes and the blanks after them. */
	textStart: number;
}

/**
 * The opening of an ATX heading on the line `[start, end)` of `text`, as `/^ {0,3}(#{1,6})(?:[ \t]+|$)/`
 * reads it (with `indent` spaces allowed before the hashes instead of three), or null. Nothing is sliced.
 */
export function atxOpening(text: string, start: number, end: number, indent = 3): AtxOpening | null {
	let at = start;
	while (at < end && at - start < indent && text[at] === " ") at++;
	let hashesEnd = at;
	while (hashesEnd < end && text[hashesEnd] === "#") hashesEnd++;
	const level = hashesEnd - at;
	if (level < 1 || level > 6) return null;
	if (hashesEnd < end && !isBlank(text[hashesEnd])) return null;
	let textStart = hashesEnd;
	while (textStart < end && isBlank(text[textStart])) textStart++;
	return { level, textStart };
}
