import type { Language } from "../i18n/language";
import { describeValue, METHOD_STRINGS, type MethodStrings } from "../i18n/method-strings";
import type { Problem, ProblemCode, Severity } from "../schema/problem";

export const MAX_TEXT_LENGTH = 1000;

/** Text read from a method note: the text, `null` when empty, `undefined` when unusable and already reported. */
export type TextReading = string | null | undefined;

/** Collects what is wrong with one method note, in the reader's language, and reads text values on the way. */
export class MethodReport {
	readonly problems: Problem[] = [];
	readonly t: MethodStrings;

	constructor(
		readonly path: string,
		readonly language: Language,
	) {
		this.t = METHOD_STRINGS[language];
	}

	/** An error keeps the method out of the catalogue; a warning only tells what was ignored. */
	add(severity: Severity, code: ProblemCode, problem: string): void {
		this.problems.push({ path: this.path, severity, code, message: this.t.inNote(this.path, problem) });
	}

	get failed(): boolean {
		return this.problems.some((p) => p.severity === "error");
	}

	found(value: unknown): string {
		return describeValue(value, this.language);
	}

	/** Text, or a number or yes/no written as text. Whitespace runs become one space unless `multiline`. */
	text(value: unknown, what: string, severity: Severity, multiline = false): TextReading {
		if (value === undefined || value === null) return null;
		if (typeof value === "number" || typeof value === "boolean") return String(value);
		if (typeof value !== "string") {
			this.add(severity, "wrong-type", this.t.wrongType(what, this.t.expected.text, this.found(value)));
			return undefined;
		}
		const text = multiline ? value.trim() : value.replace(/\s+/g, " ").trim();
		if (text === "") return null;
		if (text.length > MAX_TEXT_LENGTH) {
			this.add(severity, "invalid-value", this.t.tooLong(what, MAX_TEXT_LENGTH));
			return undefined;
		}
		return text;
	}
}

export function isEmptyValue(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);
}

/** An object of properties: not a list, not a date. */
export function isPropertyGroup(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Properties by lower-cased name, so `Steps` and `steps` are the same; an exact lower-case key wins. */
export function propertiesOf(value: unknown): Map<string, unknown> {
	const map = new Map<string, unknown>();
	if (!isPropertyGroup(value)) return map;
	for (const [key, item] of Object.entries(value)) {
		const lower = key.toLowerCase();
		if (!map.has(lower) || key === lower) map.set(lower, item);
	}
	return map;
}
