/**
 * A name as a terminal may print it: control characters (C0, DEL, C1), line and paragraph separators and
 * bidirectional overrides are written as escapes (`\n`, `\x1b`, `\u202e`), so a file name can neither
 * fake a line of output, clear the screen, nor show its letters in another order. Other characters stay.
 */
export function printableName(name: string): string {
	let out = "";
	let from = 0;
	for (let i = 0; i < name.length; i++) {
		const code = name.charCodeAt(i);
		if (!isUnprintable(code)) continue;
		out += name.slice(from, i) + escapeOf(code);
		from = i + 1;
	}
	return from === 0 ? name : out + name.slice(from);
}

/** Characters a terminal acts on instead of showing, or that change how the rest of a line reads. */
export function isUnprintable(code: number): boolean {
	return (
		code < 0x20 ||
		(code >= 0x7f && code <= 0x9f) ||
		code === 0x2028 ||
		code === 0x2029 ||
		(code >= 0x202a && code <= 0x202e) ||
		(code >= 0x2066 && code <= 0x2069)
	);
}

const SHORT: Record<number, string> = { 0x09: "\\t", 0x0a: "\\n", 0x0d: "\\r" };

function escapeOf(code: number): string {
	return SHORT[code] ?? (code < 0x100 ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`);
}

function hex(code: number, digits: number): string {
	return code.toString(16).padStart(digits, "0");
}
