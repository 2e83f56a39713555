import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getAllTags, getLinkpath, parseFrontMatterTags } from "obsidian";
import type { CachedMetadata } from "obsidian";
import { loadSnapshots } from "../fixtures/obsidian-snapshots";
import { createHarness } from "./harness";

/**
 * The fake metadata cache against what real Obsidian produced for the same text
 * (tests/fixtures/obsidian-metadata): a note is written at its path, its cache compared.
 */
const snapshots = loadSnapshots();

describe("the harness's metadata cache matches Obsidian's snapshots", () => {
	// Every snapshot note is created through the vault, so the cache parses it as it would a new note.
	const h = createHarness();
	const caches = new Map<string, CachedMetadata | null>();
	beforeAll(async () => {
		for (const snapshot of snapshots) {
			const folder = snapshot.filePath.slice(0, snapshot.filePath.lastIndexOf("/"));
			if (folder && !h.app.vault.getFolderByPath(folder)) await h.app.vault.createFolder(folder);
			const file = await h.app.vault.create(snapshot.filePath, snapshot.fileContents);
			await h.settle();
			caches.set(snapshot.name, h.app.metadataCache.getFileCache(file));
		}
	});
	afterAll(() => h.dispose());

	for (const snapshot of snapshots) {
		describe(snapshot.name, () => {
			const expected = snapshot.cachedMetadata;

			it("frontmatter and frontmatterLinks", () => {
				const cache = caches.get(snapshot.name);
				expect(cache?.frontmatter).toEqual(expected.frontmatter);
				expect(cache?.frontmatterLinks).toEqual(expected.frontmatterLinks);
			});

			it("links and tags (text)", () => {
				const cache = caches.get(snapshot.name);
				const text = (links?: { link: string; original: string; displayText?: string }[]) =>
					links?.map(({ link, original, displayText }) => ({ link, original, displayText }));
				expect(text(cache?.links)).toEqual(text(expected.links));
				expect(cache?.tags?.map((t) => t.tag)).toEqual(expected.tags?.map((t) => t.tag));
			});

			it("positions of links, tags, headings and the frontmatter block", () => {
				const cache = caches.get(snapshot.name);
				expect(cache?.links).toEqual(expected.links);
				expect(cache?.tags).toEqual(expected.tags);
				expect(cache?.headings).toEqual(expected.headings);
				expect(cache?.frontmatterPosition).toEqual(expected.frontmatterPosition);
			});
		});
	}
});

describe("parseFrontMatterTags and getAllTags match Obsidian's", () => {
	const raw = snapshots.map((s) => ({ ...s, ...(s as unknown as { getAllTags: string[]; parseFrontMatterTags: string[] | null }) }));
	for (const snapshot of raw) {
		it(snapshot.name, () => {
			expect(parseFrontMatterTags(snapshot.cachedMetadata.frontmatter ?? null)).toEqual(snapshot.parseFrontMatterTags);
			expect(getAllTags(snapshot.cachedMetadata as never)).toEqual(snapshot.getAllTags);
		});
	}
});

describe("getFirstLinkpathDest matches Obsidian's link resolution", () => {
	// One vault holding every snapshot note and every file their links resolved to.
	const files: Record<string, string> = {};
	for (const snapshot of snapshots) {
		files[snapshot.filePath] = snapshot.fileContents;
		for (const target of Object.values(snapshot.resolveLinkToPath)) if (target) files[target] ??= "";
	}

	for (const snapshot of snapshots) {
		const entries = Object.entries(snapshot.resolveLinkToPath);
		if (entries.length === 0) continue;
		it(snapshot.name, async () => {
			const h = createHarness({ files });
			try {
				for (const [link, expected] of entries) {
					const dest = h.app.metadataCache.getFirstLinkpathDest(getLinkpath(link), snapshot.filePath);
					expect({ link, path: dest?.path ?? null }).toEqual({ link, path: expected });
				}
			} finally {
				await h.dispose();
			}
		});
	}
});
