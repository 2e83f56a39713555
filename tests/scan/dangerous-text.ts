import fc from "fast-check";

/**
 * Pieces of markdown that make a careless scanner retry from every position: openers without closers,
 * runs of delimiters, white space before the end of a line, and line breaks of every kind.
 */
export const DANGEROUS_PIECES: readonly string[] = [
	"[", "[[", "]", "]]", "](", "(", ")", "|", "!", "%%", "<!--", "-->", "#", "##", " #", ">", "> ", "`", "```", "~~~",
	"*", "**", "__", "==", "~~", "-", "- ", "- [ ] ", "1. ", ":", ": ", ";", ".", "?", "'", "\"", "\\", "^", "{{", "}}",
	" ", "  ", "\t", "\n", "\r\n", "\r", "\u2028", "a", "b", "x y", "1", "2026-01-02", "📅", "[due::",
];

/** Short text built from the dangerous pieces (and a few chosen by the caller), where any regex is quick enough to serve as reference. */
export function dangerousText(extra: readonly string[] = [], maxPieces = 40): fc.Arbitrary<string> {
	return fc.array(fc.constantFrom(...DANGEROUS_PIECES, ...extra), { maxLength: maxPieces }).map((pieces) => pieces.join(""));
}

export const ONE_MB = 1 << 20;

/** `unit` repeated to `size` characters, between an optional head and tail. */
export function repeated(unit: string, size = ONE_MB, head = "", tail = "z"): string {
	return head + unit.repeat(Math.ceil(size / unit.length)).slice(0, size) + tail;
}
