import { LINK_PROPERTIES, P } from "../schema/property-names";
import { foldName } from "./fold-name";
import type { IsPrivateTarget } from "./link-hit";
import { excerptOf, type Omission } from "./omission";
import { labelEdit } from "./label-edit";
import { findPrivateLinks } from "./private-links";
import { isPrivateKey } from "./private-note";
import { applyEdits } from "./text-edits";

const MAX_PASSES = 16;
const LINK_KEYS = new Set(LINK_PROPERTIES.map(foldName));
const GOALS = foldName(P.goals);
const RATINGS = foldName(P.ratings);

/**
 * The frontmatter without its `private` key and without properties whose name links to a private note. In
 * every string, at any depth of lists and objects, a link to a private note becomes `label`. In the link
 * properties (`goals`, `session`, …) plain text is a note's name too: a private one becomes `label`, and a
 * private goal leaves `goals` together with its rating at the same position of `ratings`. Each property that
 * changed is one omission; the rest is untouched.
 */
export function shareableFrontmatter(
	frontmatter: Record<string, unknown> | null,
	isPrivateTarget: IsPrivateTarget,
	label: string,
): { frontmatter: Record<string, unknown>; omitted: Omission[] } {
	const omitted: Omission[] = [];
	const note = (key: string, changed: readonly string[]): void => {
		if (changed.length > 0) omitted.push({ what: "property", line: 0, excerpt: excerptOf(`${key}: ${changed.join(", ")}`) });
	};
	const source = Object.entries(frontmatter ?? {});
	const droppedGoals = new Set<number>();
	const entries: [string, unknown][] = [];
	for (const [key, value] of source) {
		if (isPrivateKey(key)) continue;
		if (findPrivateLinks(key, isPrivateTarget).length > 0) {
			note(key, [key]);
			continue;
		}
		const changed: string[] = [];
		const rewrite = (text: string): string => replaceLinks(text, isPrivateTarget, label, changed);
		const folded = foldName(key);
		if (folded === GOALS) {
			const goals = withoutPrivateItems(Array.isArray(value) ? value : [value], isPrivateTarget, droppedGoals, changed);
			if (Array.isArray(value) || goals.length > 0) entries.push([key, Array.isArray(value) ? goals : value]);
		} else if (LINK_KEYS.has(folded)) {
			entries.push([key, linkValue(value, isPrivateTarget, label, rewrite, changed)]);
		} else {
			entries.push([key, withoutPrivateLinks(value, rewrite)]);
		}
		note(key, changed);
	}
	// fromEntries, not assignment: a key named `__proto__` stays a plain key.
	return { frontmatter: Object.fromEntries(entries.map(([key, value]) => [key, foldName(key) === RATINGS ? withoutPositions(value, droppedGoals) : value])), omitted };
}

/** A list of links with every item that names a private note left out; the positions left out are added to `dropped`. */
function withoutPrivateItems(items: readonly unknown[], isPrivateTarget: IsPrivateTarget, dropped: Set<number>, changed: string[]): unknown[] {
	const kept: unknown[] = [];
	items.forEach((item, i) => {
		if (typeof item === "string" && namesPrivateNote(item, isPrivateTarget)) {
			dropped.add(i);
			changed.push(item);
		} else kept.push(item);
	});
	return dropped.size > 0 ? kept : (items as unknown[]);
}

/** A link property's value: plain text or a link naming a private note becomes the label, item by item in a list. */
function linkValue(value: unknown, isPrivateTarget: IsPrivateTarget, label: string, rewrite: (text: string) => string, changed: string[]): unknown {
	const one = (item: unknown): unknown => {
		if (typeof item !== "string" || !namesPrivateNote(item, isPrivateTarget)) return withoutPrivateLinks(item, rewrite);
		changed.push(item);
		return label;
	};
	if (!Array.isArray(value)) return one(value);
	const items = value.map(one);
	return items.some((item, i) => item !== value[i]) ? items : value;
}

/** A link property's text names a private note: as a link in it, or as a whole when it is plain text. */
function namesPrivateNote(text: string, isPrivateTarget: IsPrivateTarget): boolean {
	if (findPrivateLinks(text, isPrivateTarget).length > 0) return true;
	const plain = text.trim();
	return plain !== "" && !plain.includes("[[") && !plain.includes("](") && isPrivateTarget(plain);
}

function withoutPositions(value: unknown, dropped: ReadonlySet<number>): unknown {
	if (dropped.size === 0) return value;
	if (!Array.isArray(value)) return dropped.has(0) ? [] : value;
	return value.filter((_, i) => !dropped.has(i));
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
		const current = result;
		result = applyEdits(current, links.map((link) => labelEdit(current, link, label, true))).text;
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
