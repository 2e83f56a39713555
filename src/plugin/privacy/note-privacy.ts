import type { App, CachedMetadata } from "obsidian";
import { parseYaml, TFile } from "obsidian";
import { findPropertiesBlock } from "../../core/markdown/properties-block";
import { mightBePrivate, type PrivacySigns } from "../../core/privacy/might-be-private";
import { MAX_PROPERTIES_LENGTH, propertiesWithinBound } from "../../core/yaml/properties-bound";
import { hasPrivateBodyTag } from "../../core/privacy/private-tags";

/**
 * What can be known of a note's privacy. Obsidian's cache answers for most notes. A note it gives no properties
 * has its text read: its properties may be unreadable, or hidden behind a byte-order mark that the cache kept.
 */
export async function privacySignsOf(app: App, file: TFile, text?: string): Promise<PrivacySigns> {
	const cache = app.metadataCache.getFileCache(file);
	const tags = tagsOf(cache);
	if (cache?.frontmatter) return { frontmatter: cache.frontmatter, tags, unreadable: !propertiesWithinBound(cache.frontmatter) };
	let content: string;
	try {
		content = text ?? (await app.vault.cachedRead(file));
	} catch {
		return { frontmatter: null, unreadable: true };
	}
	const bodyTags = hasPrivateBodyTag(content) ? [...tags, "#private"] : tags;
	const block = findPropertiesBlock(content);
	if (!block) return { frontmatter: null, tags: bodyTags };
	if (block.raw.length > MAX_PROPERTIES_LENGTH) return { frontmatter: null, tags: bodyTags, rawProperties: block.raw, unreadable: true };
	try {
		const parsed: unknown = parseYaml(block.raw);
		const frontmatter = parsed !== null && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
		return { frontmatter, tags: bodyTags, rawProperties: block.raw, unreadable: !propertiesWithinBound(frontmatter) };
	} catch {
		return { frontmatter: null, tags: bodyTags, rawProperties: block.raw, unreadable: true };
	}
}

/** The one decision of "private, or might be", for the note at a path; a path that is no note is not private. */
export async function isPrivatePath(app: App, path: string): Promise<boolean> {
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) return false;
	return mightBePrivate(await privacySignsOf(app, file));
}

/** Looks up many notes at once, for `withSettledPrivacy`. */
export async function privacyOfPaths(app: App, paths: readonly string[]): Promise<Map<string, boolean>> {
	const answers = new Map<string, boolean>();
	for (const path of paths) answers.set(path, await isPrivatePath(app, path));
	return answers;
}

function tagsOf(cache: CachedMetadata | null): string[] {
	return (cache?.tags ?? []).map((t) => t.tag);
}
