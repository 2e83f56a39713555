const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true });

/**
 * A directory entry's name as text. A name that is not valid UTF-8 cannot be opened again by its text (the
 * decoder swaps its odd bytes for U+FFFD), so it comes back as `valid: false`, with those bytes shown as `\xNN`.
 */
export function nameFromBytes(raw: Buffer): { name: string; valid: boolean } {
	if (isAscii(raw)) return { name: raw.toString("latin1"), valid: true };
	const name = raw.toString("utf8");
	if (Buffer.from(name, "utf8").equals(raw)) return { name, valid: true };
	return { name: shownBytes(raw), valid: false };
}

/** The valid UTF-8 of `raw` as text, and every byte that does not decode as `\xNN`. */
function shownBytes(raw: Buffer): string {
	let out = "";
	let i = 0;
	while (i < raw.length) {
		const length = sequenceLength(raw[i] ?? 0);
		const piece = length > 0 && i + length <= raw.length ? decoded(raw.subarray(i, i + length)) : null;
		if (piece === null) {
			out += `\\x${(raw[i] ?? 0).toString(16).padStart(2, "0")}`;
			i += 1;
		} else {
			out += piece;
			i += length;
		}
	}
	return out;
}

function sequenceLength(lead: number): number {
	if (lead < 0x80) return 1;
	if (lead >= 0xc2 && lead <= 0xdf) return 2;
	if (lead >= 0xe0 && lead <= 0xef) return 3;
	if (lead >= 0xf0 && lead <= 0xf4) return 4;
	return 0;
}

function decoded(bytes: Uint8Array): string | null {
	try {
		return STRICT_UTF8.decode(bytes);
	} catch {
		return null;
	}
}

/** Most names are plain ASCII, which is valid UTF-8 as it stands: no decoding twice to compare. */
function isAscii(raw: Buffer): boolean {
	for (const byte of raw) if (byte > 0x7f) return false;
	return true;
}
