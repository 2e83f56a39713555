import { foldName } from "./fold-name";

/** `#private`, `private`, `#Private/work`, `privé/x`: the tag `private` (or Dutch `privé`) and every tag below it. */
export function isPrivateTag(tag: string): boolean {
	const name = foldName(tag.replace(/^#+/, "")).split("/")[0] ?? "";
	return name === "private" || name === "prive";
}

const TAG_KEYS = new Set(["tags", "tag"]);

/** The tags a `tags` property holds, as Obsidian reads them: a list, or one text with tags split by commas or spaces. */
export function tagsOfProperties(frontmatter: Record<string, unknown> | null): string[] {
	if (frontmatter === null || typeof frontmatter !== "object") return [];
	const tags: string[] = [];
	for (const [key, value] of Object.entries(frontmatter)) {
		if (!TAG_KEYS.has(foldName(key))) continue;
		for (const item of Array.isArray(value) ? value : [value]) {
			if (typeof item === "string") tags.push(...item.split(/[\s,]+/).filter((tag) => tag !== ""));
		}
	}
	return tags;
}

/** A `#` that may start a tag: at the start of the text or after a space or punctuation that is not part of a word. */
const BODY_TAG = /(?:^|[\s(,;!?])#(priv(?:ate|e|\u00e9|e\u0301))(?![\p{L}\p{N}_-])/imu;

/**
 * Whether a body holds the tag `#private` or `#privé`, or one below them (`#private/work`). Read on the
 * text as written, code included: a tag shown as code is the safer mistake.
 */
export function hasPrivateBodyTag(body: string): boolean {
	return BODY_TAG.test(body);
}
