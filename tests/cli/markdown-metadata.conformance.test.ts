import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { extractMetadata } from "../../src/cli/markdown-metadata";
import { yamlEngine } from "../../src/cli/obsidian-yaml";
import { loadSnapshots } from "../fixtures/obsidian-snapshots";

const snapshots = loadSnapshots();

describe("extractMetadata matches Obsidian's cachedMetadata", () => {
	for (const snapshot of snapshots) {
		const expected = snapshot.cachedMetadata;
		const actual = extractMetadata(snapshot.fileContents);

		describe(snapshot.name, () => {
			it("frontmatter and its position", () => {
				expect(actual.frontmatter).toEqual(expected.frontmatter ?? null);
				expect(actual.frontmatterPosition).toEqual(expected.frontmatterPosition ?? null);
				expect(actual.yamlError).toBeNull();
			});

			it("frontmatterLinks", () => {
				expect(actual.frontmatterLinks).toEqual(
					(expected.frontmatterLinks ?? []).map(({ key, link, original, displayText }) => ({ key, link, original, displayText })),
				);
			});

			it("links with positions", () => {
				expect(actual.links).toEqual(
					(expected.links ?? []).map(({ link, original, displayText, position }) => ({ link, original, displayText, position })),
				);
			});

			it("embeds", () => {
				expect(actual.embeds).toEqual(
					(expected.embeds ?? []).map(({ link, original, displayText, position }) => ({ link, original, displayText, position })),
				);
			});

			it("tags with positions", () => {
				expect(actual.tags).toEqual((expected.tags ?? []).map(({ tag, position }) => ({ tag, position })));
			});

			it("headings with positions", () => {
				expect(actual.headings).toEqual(
					(expected.headings ?? []).map(({ heading, level, position }) => ({ heading, level, position })),
				);
			});
		});
	}
});

describe("gray-matter with the Obsidian YAML engine", () => {
	for (const snapshot of snapshots) {
		if (!snapshot.fileContents.startsWith("---")) continue;
		it(snapshot.name, () => {
			// An options object keeps gray-matter from caching by content.
			const { data } = matter(snapshot.fileContents, { engines: { yaml: yamlEngine } });
			expect(data).toEqual(snapshot.cachedMetadata.frontmatter ?? {});
		});
	}
});
