import type { IsPrivateTarget } from "./link-hit";
import { excerptOf, type Omission } from "./omission";
import { findPrivateLinks } from "./private-links";
import { isPrivateKey } from "./private-note";
import { applyEdits } from "./text-edits";

const MAX_PASSES = 16;

/**
 * The frontmatter without its `private` key, and with every link to a private note inside a string — at any
 * depth of lists and objects — replaced by `label`. Each property that changed is one omission; the rest is untouched.
 */
export function shareableFrontmatter(
	frontmatter: Record<string, unknown> | null,
	isPrivateTarget: IsPrivateTarget,
	label: string,
): { frontmatter: Record<string, unknown>; omitted: Omission[] } {
	const omitted: Omission[] = [];
	const entries: [string, unknown][] = [];
	for (const [key, value] of Object.entries(frontmatter ?? {})) {
		if (isPrivateKey(key)) continue;
		const changed: string[] = [];
		entries.push([key, withoutPrivateLinks(value, (text) => replaceLinks(text, isPrivateTarget, label, changed))]);
		if (changed.length > 0) omitted.push({ what: "property", line: 0, excerpt: excerptOf(`${key}: ${changed.join(", ")}`) });
	}
	// fromEntries, not assignment: a key named `__proto__` stays a plain key.
	return { frontmatter: Object.fromEntries(entries), omitted };
}

function withoutPrivateLinks(value: unknown, rewrite: (text: string) => string): unknown {
	if (typeof value === "string") return rewrite(value);
	if (Array.isArray(value)) {
		const items = value.map((item: unknown) => withoutPrivateLinks(item, rewrite));
		return items.some((item, i) => item !== value[i]) ? items : value;
	}
	if (isPlainObject(value)) {
		const entries = Object.entries(value).map(([key, item]): [string, unknown] => [key, withoutPrivateLinks(item, rewrite)]);
		return entries.some(([key, item]) => item !== value[key]) ? Object.fromEntries(entries) : value;
	}
	return value;
}

function replaceLinks(text: string, isPrivateTarget: IsPrivateTarget, label: string, changed: string[]): string {
	let result = text;
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const links = findPrivateLinks(result, isPrivateTarget);
		if (links.length === 0) break;
		result = applyEdits(result, links.map((link) => ({ start: link.start, end: link.end, insert: label }))).text;
		if (result.length > 2 * text.length + 1024) break;
	}
	if (result !== text) changed.push(text);
	return result;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	if (value === null || typeof value !== "object") return false;
	const prototype: unknown = Object.getPrototypeOf(value);
	return prototype === Object.prototype || prototype === null;
}
