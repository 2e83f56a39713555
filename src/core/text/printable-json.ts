import { isUnprintable } from "./printable-name";

/**
 * JSON for a terminal: `JSON.stringify` already escapes C0 controls, but leaves DEL, C1 controls, line
 * separators and bidirectional overrides as they are. Those become `\uXXXX` here, which parses back to
 * the same value; outside strings JSON holds none of them. Line breaks of the indentation stay.
 */
export function printableJson(value: unknown, indent?: number): string {
	const json = JSON.stringify(value, null, indent);
	let out = "";
	let from = 0;
	for (let i = 0; i < json.length; i++) {
		const code = json.charCodeAt(i);
		if (code < 0x20 || !isUnprintable(code)) continue;
		out += `${json.slice(from, i)}\\u${code.toString(16).padStart(4, "0")}`;
		from = i + 1;
	}
	return from === 0 ? json : out + json.slice(from);
}
