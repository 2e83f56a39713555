/**
 * The case-bringer's mark of a question that helped: `(+)` anywhere on the line. Not markdown syntax,
 * so the note reads the same in any editor, and easy to type on a phone.
 */
export const HELPED_MARK = "(+)";

export function hasHelpedMark(line: string): boolean {
	return line.includes(HELPED_MARK);
}

export function withoutHelpedMark(line: string): string {
	return line.split(HELPED_MARK).join(" ").replace(/ {2,}/g, " ").trim();
}
