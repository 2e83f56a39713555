import type * as Obs from "../../node_modules/obsidian/obsidian";
import { findFrontmatterBlock } from "../../src/core/markdown/frontmatter-block";

/** Obsidian's `getFrontMatterInfo`: where the YAML between the `---` lines lies, and where the body starts. */
export function getFrontMatterInfo(content: string): Obs.FrontMatterInfo {
	const block = findFrontmatterBlock(content);
	if (!block) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const from = content.indexOf("\n") + 1;
	const to = block.end - 3;
	return { exists: true, frontmatter: content.slice(from, to), from, to, contentStart: block.bodyStart };
}

type Frontmatter = Record<string, unknown> | null | undefined;

export function parseFrontMatterEntry(frontmatter: Frontmatter, key: string | RegExp): unknown {
	if (!frontmatter) return null;
	for (const [name, value] of Object.entries(frontmatter)) {
		if (typeof key === "string" ? name === key : key.test(name)) return value;
	}
	return null;
}

/** A list property as strings: a single text value becomes a one-item list; other items are dropped. */
export function parseFrontMatterStringArray(frontmatter: Frontmatter, key: string | RegExp): string[] | null {
	const value = parseFrontMatterEntry(frontmatter, key);
	if (value === null || value === undefined) return null;
	const items = Array.isArray(value) ? value : [value];
	return items.filter((item) => typeof item === "string" || typeof item === "number").map(String);
}

export function parseFrontMatterAliases(frontmatter: Frontmatter): string[] | null {
	return parseFrontMatterStringArray(frontmatter, /^alias(es)?$/);
}

/** Same characters as a `#tag` in the body; a tag of digits only is no tag. */
const TAG = /^[^\s!-,.:-@[-^`{-~\u2000-\u206F\u2E00-\u2E7F]+$/;

export function parseFrontMatterTags(frontmatter: Frontmatter): string[] | null {
	const values = parseFrontMatterStringArray(frontmatter, /^tags?$/);
	if (values === null) return null;
	return values
		.map((value) => value.trim().replace(/^#/, ""))
		.filter((tag) => TAG.test(tag) && !/^\d+$/.test(tag))
		.map((tag) => `#${tag}`);
}

/** Frontmatter tags first, then the body's, duplicates kept, as Obsidian returns them. */
export function getAllTags(cache: Obs.CachedMetadata): string[] | null {
	const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
	return tags;
}

export function iterateRefs(refs: Obs.Reference[], cb: (ref: Obs.Reference) => boolean | void): boolean {
	for (const ref of refs) if (cb(ref) === true) return true;
	return false;
}

export function iterateCacheRefs(cache: Obs.CachedMetadata, cb: (ref: Obs.ReferenceCache) => boolean | void): boolean {
	for (const ref of [...(cache.links ?? []), ...(cache.embeds ?? [])]) if (cb(ref) === true) return true;
	return false;
}

/** Heading text as Obsidian compares it: link-breaking characters become spaces, runs of space collapse. */
export function stripHeading(heading: string): string {
	return heading.replace(/[!"#$%&()*+,.:;<=>?@^`{|}~/[\]\\]/g, " ").replace(/\s+/g, " ").trim();
}

export function stripHeadingForLink(heading: string): string {
	return heading.replace(/[#|^\\%[\]]/g, " ").replace(/\s+/g, " ").trim();
}
