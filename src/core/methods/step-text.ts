export const MIN_MINUTES = 1;
export const MAX_MINUTES = 240;

const UNIT = /\s*(?:minuten|minuut|minutes|minute|mins|min|m|'|′)\.?$/i;
/** Tried only where a run of digits starts: a match from inside a run would also match from its start. */
const TRAILING_NUMBER = /\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?$/y;
const SEPARATOR = /[\s,:;–—-]/;
const BRACKETS: Readonly<Record<string, string>> = { ")": "(", "]": "[" };

/**
 * Splits "Question round 15", "Vragenronde (15 min)", "Advies — 10 minuten" into the name and the minutes as
 * written. The minutes come last; a range or a fraction is returned as written so the caller can reject it.
 */
export function splitStepText(text: string): { name: string; minutes: string | null } {
	const whole = text.replace(/\s+/g, " ").trim();
	let rest = whole.replace(/\.$/, "");
	const close = rest.slice(-1);
	const open = BRACKETS[close];
	if (open) rest = rest.slice(0, -1).trimEnd();
	// A word that merely ends in "m" ("Team") loses a letter here, but then no number is found and the text stays whole.
	const number = trailingNumber(rest.replace(UNIT, ""));
	if (!number) return { name: whole, minutes: null };
	let name = rest.slice(0, number.index);
	if (open) {
		const trimmed = name.trimEnd();
		if (!trimmed.endsWith(open)) return { name: whole, minutes: null };
		name = trimmed.slice(0, -1);
	}
	return { name: withoutTrailingSeparators(name).trim(), minutes: number[0] };
}

/**
 * The number (or range) that ends the text, as `/\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?$/` finds it.
 * That regex, unanchored, reads to the end from every digit, which is quadratic on a long run of digits.
 */
function trailingNumber(text: string): RegExpExecArray | null {
	for (let at = 0; at < text.length; at++) {
		if (!isDigit(text, at) || isDigit(text, at - 1)) continue;
		TRAILING_NUMBER.lastIndex = at;
		const match = TRAILING_NUMBER.exec(text);
		if (match) return match;
	}
	return null;
}

function isDigit(text: string, at: number): boolean {
	const code = text.charCodeAt(at);
	return code >= 48 && code <= 57;
}

/** What `/[\s,:;–—-]+$/` removes, read from the end. */
function withoutTrailingSeparators(text: string): string {
	let end = text.length;
	while (end > 0 && SEPARATOR.test(text.charAt(end - 1))) end--;
	return text.slice(0, end);
}

export type MinutesReading = { minutes: number } | { invalid: string } | { wrongType: true };

/** Minutes as a number or as text ("15", "15 min"); null when empty. */
export function readMinutes(value: unknown): MinutesReading | null {
	if (value === undefined || value === null) return null;
	if (typeof value === "number") return inRange(value) ? { minutes: value } : { invalid: String(value) };
	if (typeof value !== "string") return { wrongType: true };
	const text = value.trim();
	if (text === "") return null;
	const { name, minutes } = splitStepText(text);
	if (name !== "" || minutes === null || !/^\d+$/.test(minutes)) return { invalid: text };
	const number = Number(minutes);
	return inRange(number) ? { minutes: number } : { invalid: text };
}

function inRange(n: number): boolean {
	return Number.isInteger(n) && n >= MIN_MINUTES && n <= MAX_MINUTES;
}
