import { afterEach, describe, expect, it } from "vitest";
import type { CachedMetadata, TFile } from "obsidian";
import { createHarness } from "./harness";
import type { Harness } from "./harness";

let h: Harness;
afterEach(async () => {
	await h.dispose();
});

const GOAL = "---\nkind: goal\ntitle: Listen better\n---\n# Listen better\n";
const CASE = '---\nkind: case\ngoal: "[[Listen better]]"\ngoals:\n  - "[[Listen better]]"\n  - "[[Missing]]"\n---\nSee [[Listen better|my goal]] and #tag\n';

describe("metadata cache", () => {
	it("has the cache of every note when the harness starts", () => {
		h = createHarness({ files: { "Goals/Listen better.md": GOAL, "Case.md": CASE } });
		const cache = h.app.metadataCache.getFileCache(h.file("Case.md"));
		expect(cache?.frontmatter).toEqual({ kind: "case", goal: "[[Listen better]]", goals: ["[[Listen better]]", "[[Missing]]"] });
		expect(cache?.frontmatterLinks?.map((l) => [l.key, l.link])).toEqual([
			["goal", "Listen better"],
			["goals.0", "Listen better"],
			["goals.1", "Missing"],
		]);
		expect(cache?.links?.map((l) => [l.link, l.displayText])).toEqual([["Listen better", "my goal"]]);
		expect(cache?.tags?.map((t) => t.tag)).toEqual(["#tag"]);
		expect(h.app.metadataCache.getCache("Goals/Listen better.md")?.headings?.[0]?.heading).toBe("Listen better");
		expect(h.app.metadataCache.resolvedLinks["Case.md"]).toEqual({ "Goals/Listen better.md": 3 });
		expect(h.app.metadataCache.unresolvedLinks["Case.md"]).toEqual({ Missing: 1 });
	});

	it("parses a moment after a write, then fires changed and resolved", async () => {
		h = createHarness({ files: { "n.md": "---\nstatus: open\n---\n" } });
		const file = h.file("n.md");
		const events: string[] = [];
		h.app.metadataCache.on("changed", (f: TFile, data: string, cache: CachedMetadata) => {
			events.push(`changed ${f.path} ${String(cache.frontmatter?.status)} ${data.length}`);
		});
		h.app.metadataCache.on("resolve", (f: TFile) => events.push(`resolve ${f.path}`));
		h.app.metadataCache.on("resolved", () => events.push("resolved"));
		await h.app.vault.modify(file, "---\nstatus: done\n---\n");
		expect(h.app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("open");
		await h.settle();
		expect(h.app.metadataCache.getFileCache(file)?.frontmatter?.status).toBe("done");
		expect(events).toEqual(["changed n.md done 21", "resolve n.md", "resolved"]);
	});

	it("has no cache for a just-created note until it is parsed", async () => {
		h = createHarness();
		const file = await h.app.vault.create("n.md", "# Title\n");
		expect(h.app.metadataCache.getFileCache(file)).toBeNull();
		await h.settle();
		expect(h.app.metadataCache.getFileCache(file)?.headings?.[0]?.heading).toBe("Title");
	});

	it("gives a note with malformed YAML a cache without frontmatter", async () => {
		h = createHarness({ files: { "bad.md": "---\nkey: [unclosed\n---\n# Body [[Link]]\n" } });
		const cache = h.app.metadataCache.getFileCache(h.file("bad.md"));
		expect(cache).not.toBeNull();
		expect(cache?.frontmatter).toBeUndefined();
		expect(cache?.links?.[0]?.link).toBe("Link");
	});

	it("does not fire changed on rename, only resolved, and moves the cache", async () => {
		h = createHarness({ files: { "a.md": "# A\n", "b.md": "[[a]]\n" } });
		const events: string[] = [];
		h.app.metadataCache.on("changed", () => events.push("changed"));
		h.app.metadataCache.on("resolved", () => events.push("resolved"));
		const file = h.file("a.md");
		await h.app.vault.rename(file, "c.md");
		await h.settle();
		expect(events).toEqual(["resolved"]);
		expect(h.app.metadataCache.getFileCache(file)?.headings?.[0]?.heading).toBe("A");
		expect(h.app.metadataCache.getCache("a.md")).toBeNull();
		expect(h.app.metadataCache.unresolvedLinks["b.md"]).toEqual({ a: 1 });
	});

	it("fires deleted with the previous cache and forgets the note", async () => {
		h = createHarness({ files: { "a.md": "# A\n", "b.md": "[[a]]\n" } });
		const deleted: [string, string | undefined][] = [];
		h.app.metadataCache.on("deleted", (f: TFile, prev: CachedMetadata | null) => deleted.push([f.path, prev?.headings?.[0]?.heading]));
		await h.app.vault.delete(h.file("a.md"));
		await h.settle();
		expect(deleted).toEqual([["a.md", "A"]]);
		expect(h.app.metadataCache.resolvedLinks["a.md"]).toBeUndefined();
		expect(h.app.metadataCache.unresolvedLinks["b.md"]).toEqual({ a: 1 });
	});

	it("resolves a link that was unresolved once its note is created", async () => {
		h = createHarness({ files: { "b.md": "[[Later]]\n" } });
		expect(h.app.metadataCache.unresolvedLinks["b.md"]).toEqual({ Later: 1 });
		await h.app.vault.create("Later.md", "");
		await h.settle();
		expect(h.app.metadataCache.resolvedLinks["b.md"]).toEqual({ "Later.md": 1 });
	});

	it("resolves link paths like Obsidian and writes the shortest link text", () => {
		h = createHarness({ files: { "A/Note.md": "", "B/Note.md": "", "B/Other.md": "", "Unique.md": "" } });
		const cache = h.app.metadataCache;
		expect(cache.getFirstLinkpathDest("Note", "B/Other.md")?.path).toBe("B/Note.md");
		expect(cache.getFirstLinkpathDest("A/Note", "B/Other.md")?.path).toBe("A/Note.md");
		expect(cache.getFirstLinkpathDest("unique", "A/Note.md")?.path).toBe("Unique.md");
		expect(cache.getFirstLinkpathDest("Nope", "A/Note.md")).toBeNull();
		expect(cache.fileToLinktext(h.file("Unique.md"), "A/Note.md")).toBe("Unique");
		expect(cache.fileToLinktext(h.file("A/Note.md"), "B/Other.md")).toBe("A/Note");
		expect(cache.fileToLinktext(h.file("Unique.md"), "A/Note.md", false)).toBe("Unique.md");
	});

	it("does not reparse the notes announced at layout-ready", async () => {
		h = createHarness({ files: { "a.md": "x" } });
		let changed = 0;
		let created = 0;
		h.app.metadataCache.on("changed", () => changed++);
		h.app.vault.on("create", () => created++);
		h.layoutReady();
		await h.settle();
		expect([created, changed]).toEqual([1, 0]);
	});
});
