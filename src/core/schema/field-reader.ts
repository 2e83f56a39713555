import { linkTarget } from "../links/link-resolver";
import { isDay } from "../dates/local-day";
import type { Problem } from "./problem";

/**
 * Reads typed values out of a frontmatter object, collecting a problem for every value of the wrong
 * type instead of throwing. A missing or empty property is simply absent: only `intervisie` is required.
 */
export class FieldReader {
	readonly problems: Problem[] = [];

	constructor(
		private readonly path: string,
		private readonly fm: Record<string, unknown>,
	) {}

	private isEmpty(value: unknown): boolean {
		return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
	}

	private wrongType(key: string, expected: string, value: unknown): null {
		this.problems.push({
			path: this.path,
			severity: "error",
			code: "wrong-type",
			message: `Property "${key}" should be ${expected}, but is ${describe(value)}. Fix it in the note's properties.`,
		});
		return null;
	}

	string(key: string): string | null {
		const value = this.fm[key];
		if (this.isEmpty(value)) return null;
		if (typeof value === "string") return value.trim();
		if (typeof value === "number" || typeof value === "boolean") return String(value);
		return this.wrongType(key, "text", value);
	}

	number(key: string): number | null {
		const value = this.fm[key];
		if (this.isEmpty(value)) return null;
		return asNumber(value) ?? this.wrongType(key, "a number", value);
	}

	day(key: string): string | null {
		const value = this.fm[key];
		if (this.isEmpty(value)) return null;
		if (typeof value === "string") {
			const day = value.trim().slice(0, 10);
			if (isDay(day)) return day;
		}
		return this.wrongType(key, "a date (YYYY-MM-DD)", value);
	}

	/** A link property: `"[[Note]]"`. Plain text is accepted as a note name, as people type it by hand. */
	link(key: string): string | null {
		const value = this.fm[key];
		if (this.isEmpty(value)) return null;
		if (Array.isArray(value) && value.length === 1) return this.linkValue(key, value[0]);
		return this.linkValue(key, value);
	}

	/** The non-empty items of a list property; a single value counts as a list of one. */
	private items(key: string): unknown[] {
		const value = this.fm[key];
		if (this.isEmpty(value)) return [];
		return (Array.isArray(value) ? value : [value]).filter((item) => !this.isEmpty(item));
	}

	links(key: string): string[] {
		return this.items(key).flatMap((item) => this.linkValue(key, item) ?? []);
	}

	private linkValue(key: string, value: unknown): string | null {
		if (typeof value !== "string") return this.wrongType(key, 'a link like "[[Note]]"', value);
		const target = linkTarget(value);
		return target || value.trim() || null;
	}

	strings(key: string): string[] {
		const items = this.items(key);
		if (items.some((item) => typeof item !== "string" && typeof item !== "number")) {
			this.wrongType(key, "a list of text", this.fm[key]);
		}
		return items.filter((item): item is string | number => typeof item === "string" || typeof item === "number").map((item) => String(item).trim());
	}

	/** A list of numbers aligned with another list; empty items stay null so positions keep their meaning. */
	numberList(key: string): (number | null)[] {
		const value = this.fm[key];
		if (this.isEmpty(value)) return [];
		const items = Array.isArray(value) ? value : [value];
		return items.map((item) => {
			if (this.isEmpty(item)) return null;
			return asNumber(item) ?? this.wrongType(key, "a list of numbers", value);
		});
	}

	/** An enumerated value; Dutch words and any letter case are accepted for the canonical English value. */
	choice<T extends string>(key: string, allowed: readonly T[], aliases: Record<string, T> = {}): T | null {
		const raw = this.string(key);
		if (raw === null) return null;
		const lower = raw.toLowerCase();
		const found = allowed.find((a) => a === lower) ?? aliases[lower];
		if (found) return found;
		this.problems.push({
			path: this.path,
			severity: "error",
			code: "invalid-value",
			message: `Property "${key}" is "${raw}"; expected one of: ${allowed.join(", ")}.`,
		});
		return null;
	}
}

const NUMBER_TEXT = /^\s*-?\d+(\.\d+)?\s*$/;

/** A usable number, or text holding just one (as typed in the Properties panel's text fields). */
function asNumber(value: unknown): number | null {
	const number = typeof value === "number" ? value : typeof value === "string" && NUMBER_TEXT.test(value) ? Number(value) : null;
	return number !== null && Number.isFinite(number) ? number : null;
}

/** Longer text is shown shortened: a message names the value, it does not repeat it. */
const SHOWN_LENGTH = 40;

function describe(value: unknown): string {
	if (Array.isArray(value)) return "a list";
	if (value === null) return "empty";
	if (typeof value === "object") return "a nested object";
	// YAML reads 1e400 as Infinity and .nan as NaN; JSON would print both as null.
	if (typeof value === "number" && Number.isNaN(value)) return "not a number (.nan)";
	if (typeof value === "number" && !Number.isFinite(value)) return "a number too large to use";
	if (typeof value === "string" && NUMBER_TEXT.test(value) && !Number.isFinite(Number(value))) return "a number too large to use";
	if (typeof value === "string") return `text ${JSON.stringify(value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH)}…` : value)}`;
	return `${typeof value} ${JSON.stringify(value)}`;
}
