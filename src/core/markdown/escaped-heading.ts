/**
 * A line typed into a note that starts with `#` and white space would become a heading and break the note's
 * structure: it is stored as `\#`, which Obsidian shows as the `#` that was typed, and read back without the `\`.
 * Only the first column counts, as that is where typed text lands.
 */
const TYPED_HEADING = /^#{1,6}([ \t]|$)/;
const ESCAPED_HEADING = /^\\(#{1,6}([ \t]|$))/;

/** `## Title` → `\## Title`; any other line as it is. */
export function escapeTypedHeading(line: string): string {
	return TYPED_HEADING.test(line) ? `\\${line}` : line;
}

/** `\## Title` → `## Title`; any other line as it is. */
export function unescapeTypedHeading(line: string): string {
	return line.replace(ESCAPED_HEADING, "$1");
}
