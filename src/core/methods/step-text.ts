export const MIN_MINUTES = 1;
export const MAX_MINUTES = 240;

const UNIT = /\s*(?:minuten|minuut|minutes|minute|mins|min|m|'|′)\.?$/i;
const TRAILING_NUMBER = /\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?$/;
const SEPARATORS = /[\s,:;–—-]+$/;
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
	const number = TRAILING_NUMBER.exec(rest.replace(UNIT, ""));
	if (!number) return { name: whole, minutes: null };
	let name = rest.slice(0, number.index);
	if (open) {
		const trimmed = name.trimEnd();
		if (!trimmed.endsWith(open)) return { name: whole, minutes: null };
		name = trimmed.slice(0, -1);
	}
	return { name: name.replace(SEPARATORS, "").trim(), minutes: number[0] };
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
