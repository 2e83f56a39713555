import { describe, expect, it } from "vitest";
import { PathLinkResolver, linkTarget, linkpathOf } from "../../../src/core/links/link-resolver";
import { loadSnapshots } from "../../fixtures/obsidian-snapshots";

describe("PathLinkResolver against Obsidian's resolveLinkToPath", () => {
	const snapshots = loadSnapshots();
	const vault = new Set<string>();
	for (const snapshot of snapshots) {
		vault.add(snapshot.filePath);
		for (const path of Object.values(snapshot.resolveLinkToPath)) if (path) vault.add(path);
	}
	const resolver = new PathLinkResolver([...vault]);

	for (const snapshot of snapshots) {
		const cases = Object.entries(snapshot.resolveLinkToPath);
		if (cases.length === 0) continue;
		it(snapshot.name, () => {
			for (const [link, expected] of cases) {
				expect({ link, path: resolver.resolve(link, snapshot.filePath) }).toEqual({ link, path: expected });
			}
		});
	}
});

describe("PathLinkResolver", () => {
	const resolver = new PathLinkResolver([
		"Intervisie/Goals/Listen better.md",
		"Archive/Goals/Listen better.md",
		"Listen better.md",
		"Intervisie/Sessions/2024-03-01.md",
		"Intervisie/Cases/Conflict.md",
		"Other/Cases/Conflict.md",
		"Other/Deep/Down/Conflict.md",
	]);

	it("resolves an exact vault path with or without .md", () => {
		expect(resolver.resolve("Archive/Goals/Listen better", "x.md")).toBe("Archive/Goals/Listen better.md");
		expect(resolver.resolve("Archive/Goals/Listen better.md", "x.md")).toBe("Archive/Goals/Listen better.md");
	});

	it("prefers the shortest path for a bare name", () => {
		expect(resolver.resolve("listen BETTER", "Intervisie/Sessions/2024-03-01.md")).toBe("Listen better.md");
	});

	it("prefers a note in the source's folder", () => {
		expect(resolver.resolve("Conflict", "Other/Cases/Index.md")).toBe("Other/Cases/Conflict.md");
		expect(resolver.resolve("Conflict", "Intervisie/Cases/Index.md")).toBe("Intervisie/Cases/Conflict.md");
		expect(resolver.resolve("Conflict", "Elsewhere.md")).toBe("Other/Cases/Conflict.md");
	});

	it("matches a partial path at a folder boundary", () => {
		expect(resolver.resolve("Goals/Listen better", "x.md")).toBe("Archive/Goals/Listen better.md");
		expect(resolver.resolve("oals/Listen better", "x.md")).toBeNull();
		expect(resolver.resolve("Down/Conflict", "x.md")).toBe("Other/Deep/Down/Conflict.md");
	});

	it("resolves ./ and ../ against the source folder", () => {
		expect(resolver.resolve("../Goals/Listen better", "Intervisie/Sessions/2024-03-01.md")).toBe(
			"Intervisie/Goals/Listen better.md",
		);
		expect(resolver.resolve("./Conflict.md", "Other/Cases/Index.md")).toBe("Other/Cases/Conflict.md");
		expect(resolver.resolve("../../../Conflict", "Other/Cases/Index.md")).toBeNull();
	});

	it("ignores headings, blocks and aliases", () => {
		expect(resolver.resolve("Conflict#Question|the case", "Other/Cases/Index.md")).toBe("Other/Cases/Conflict.md");
		expect(resolver.resolve("Conflict#^abc", "Other/Cases/Index.md")).toBe("Other/Cases/Conflict.md");
		expect(resolver.resolve("#Question", "Other/Cases/Conflict.md")).toBe("Other/Cases/Conflict.md");
	});

	it("returns null for unknown notes", () => {
		expect(resolver.resolve("Nowhere", "x.md")).toBeNull();
	});

	it("follows additions, removals and renames", () => {
		const live = new PathLinkResolver(["A/Note.md"]);
		live.add("B/Note.md");
		live.remove("A/Note.md");
		expect(live.resolve("Note", "x.md")).toBe("B/Note.md");
		live.rename("B/Note.md", "C/Other.md");
		expect(live.resolve("Note", "x.md")).toBeNull();
		expect(live.resolve("Other", "x.md")).toBe("C/Other.md");
	});

	it("resolves every one of 10,000 notes by name", () => {
		const paths = Array.from({ length: 10_000 }, (_, i) => `Folder ${i % 100}/Note ${i}.md`);
		const big = new PathLinkResolver(paths);
		expect(paths.map((_, i) => big.resolve(`Note ${i}`, "Folder 1/x.md"))).toEqual(paths);
	});
});

describe("linkTarget", () => {
	it("reads the target of one wikilink", () => {
		expect(linkTarget("[[Goals/A|x]]")).toBe("Goals/A");
		expect(linkTarget(" [[Goals/A#Plan]] ")).toBe("Goals/A");
		expect(linkTarget("[[A]]")).toBe("A");
	});

	it("returns an empty string for anything else", () => {
		expect(linkTarget("Goals/A")).toBe("");
		expect(linkTarget("[[A]] and [[B]]")).toBe("");
		expect(linkTarget("[[]]")).toBe("");
		expect(linkTarget("see [[A]]")).toBe("");
	});
});

describe("linkpathOf", () => {
	it("keeps Obsidian's reading of a leading pipe", () => {
		expect(linkpathOf("|alias")).toBe("|alias");
		expect(linkpathOf("a#b#c")).toBe("a");
	});
});

describe("PathLinkResolver remembers answers", () => {
	it("until a path comes or goes", () => {
		const resolver = new PathLinkResolver(["Notes/A.md"]);
		expect(resolver.resolve("B", "Notes/A.md")).toBeNull();
		resolver.add("Elsewhere/B.md");
		expect(resolver.resolve("B", "Notes/A.md")).toBe("Elsewhere/B.md");
		resolver.add("Notes/B.md");
		expect(resolver.resolve("B", "Notes/A.md")).toBe("Notes/B.md");
		resolver.remove("Notes/B.md");
		expect(resolver.resolve("B", "Notes/A.md")).toBe("Elsewhere/B.md");
		resolver.rename("Elsewhere/B.md", "Elsewhere/C.md");
		expect(resolver.resolve("b", "Notes/A.md")).toBeNull();
		expect(resolver.resolve("c", "Notes/A.md")).toBe("Elsewhere/C.md");
	});
});
