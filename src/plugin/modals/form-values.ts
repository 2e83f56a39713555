import { isDay } from "../../core/dates/local-day";

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/** An optional date field: empty is null, anything else must be a real `YYYY-MM-DD` date. */
export function optionalDay(text: string): Parsed<string | null> {
	const value = text.trim();
	if (value === "") return { ok: true, value: null };
	return isDay(value) ? { ok: true, value } : { ok: false };
}

/** An optional whole number field. */
export function optionalWhole(text: string): Parsed<number | null> {
	const value = text.trim();
	if (value === "") return { ok: true, value: null };
	return /^-?\d+$/.test(value) ? { ok: true, value: Number(value) } : { ok: false };
}

export function listOfNames(text: string): string[] {
	return text
		.split(/[,;\n]/)
		.map((s) => s.trim())
		.filter((s) => s !== "");
}

/** Dropdown choices for a rating scale, with an empty choice first. */
export function ratingChoices(min: number, max: number, emptyLabel = "–"): [string, string][] {
	const choices: [string, string][] = [["", emptyLabel]];
	for (let n = min; n <= max; n++) choices.push([String(n), String(n)]);
	return choices;
}
