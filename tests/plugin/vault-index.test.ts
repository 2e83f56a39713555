import { afterEach, describe, expect, it, vi } from "vitest";
import type { App } from "obsidian";
import { PathLinkResolver } from "../../src/core/links/link-resolver";
import { VaultIndex } from "../../src/plugin/vault-index";
import { createHarness } from "../harness/harness";
import type { Harness } from "../harness/harness";

const GOAL = "---\nintervisie: goal\nstatus: active\nauthor: Sanne\n---\nI summarise.\n";
let h: Harness | null = null;
afterEach(async () => {
	await h?.dispose();
	h = null;
});

function indexOf(harness: Harness): VaultIndex {
	const app = harness.app as unknown as App;
	return new VaultIndex(app, new PathLinkResolver(app.vault.getFiles().map((f) => f.path)), () => "Sanne", () => ["Goals"]);
}

describe("the vault index at the cache's first resolved", () => {
	it("reads again only the notes that had no cache when the index was built", () => {
		h = createHarness({ files: { "Goals/A.md": GOAL, "Goals/B.md": GOAL, "Daily/2026-03-01.md": "A day.\n" } });
		h.app.metadataCache.uncache("Goals/B.md");
		const index = indexOf(h);
		index.loadAll();
		expect(index.notes.ofKind("goal").map((n) => n.path)).toEqual(["Goals/A.md"]);

		h.app.metadataCache.cacheQuietly("Goals/B.md");
		const read = vi.spyOn(h.app.metadataCache, "getFileCache");
		index.readMissed();
		expect(read.mock.calls.map(([file]) => file.path)).toEqual(["Goals/B.md"]);
		expect(index.notes.ofKind("goal").map((n) => n.path).sort()).toEqual(["Goals/A.md", "Goals/B.md"]);

		read.mockClear();
		index.readMissed();
		expect(read).not.toHaveBeenCalled();
	});

	it("reads no note again when every note had its cache", () => {
		h = createHarness({ files: { "Goals/A.md": GOAL, "Daily/2026-03-01.md": "A day.\n" } });
		const index = indexOf(h);
		index.loadAll();
		const read = vi.spyOn(h.app.metadataCache, "getFileCache");
		index.readMissed();
		expect(read).not.toHaveBeenCalled();
	});

	it("before the index is built, builds it whole", () => {
		h = createHarness({ files: { "Goals/A.md": GOAL } });
		const index = indexOf(h);
		index.readMissed();
		expect(index.isLoaded).toBe(true);
		expect(index.notes.ofKind("goal").map((n) => n.path)).toEqual(["Goals/A.md"]);
	});
});
