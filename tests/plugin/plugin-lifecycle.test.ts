import { afterEach, describe, expect, it, vi } from "vitest";
import { createHarness } from "../harness/harness";
import IntervisiePlugin from "../../src/main";
import manifest from "../../manifest.json";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

describe("plugin lifecycle", () => {
	it("registers every command with a sentence-case name and no default hotkey", async () => {
		p = await startPlugin({ language: "en" });
		const commands = p.h.commands.list().filter((c) => c.id.startsWith(`${manifest.id}:`));
		expect(commands.map((c) => c.name.replace("Intervisie journal: ", ""))).toEqual([
			"Open facilitator view",
			"Open dashboard",
			"New trajectory",
			"New session",
			"Plan sessions",
			"Move or cancel session",
			"Run session",
			"Share with group",
			"Withdraw shared copy",
			"Export trajectory report",
			"Make selection private",
			"New learning goal",
			"Prepare a case",
			"Write session report",
			"New intake",
			"New final evaluation",
			"Link note to learning goal",
			"Mark case ready",
			"Set goal status",
			"Turn this note into a learning goal",
			"Turn this note into a case preparation",
			"Turn this note into a session report",
			"Create Bases views",
		]);
		for (const c of commands) {
			// Sentence case; "Bases" is the name of Obsidian's feature.
			const name = c.name.replace("Intervisie journal: ", "").replace("Bases", "bases");
			expect(name.slice(1)).toBe(name.slice(1).toLowerCase());
		}
		const raw = (p.h.app.commands as unknown as { commands: Record<string, { hotkeys?: unknown[] }> }).commands;
		expect(Object.values(raw).every((c) => !c.hotkeys || c.hotkeys.length === 0)).toBe(true);
	});

	it("names commands in Dutch when Obsidian runs in Dutch", async () => {
		p = await startPlugin({ language: "nl" });
		expect(p.h.commands.list().map((c) => c.name)).toContain("Intervisie journal: Nieuw leerdoel");
	});

	it("reads no note in onload: the index is built after layout-ready", async () => {
		const h = createHarness({ files: { "G.md": "---\nintervisie: goal\n---\n" } });
		const read = vi.spyOn(h.app.vault, "read");
		const cachedRead = vi.spyOn(h.app.vault, "cachedRead");
		const getFileCache = vi.spyOn(h.app.metadataCache, "getFileCache");
		try {
			await h.loadPlugin(IntervisiePlugin, manifest);
			expect(read).not.toHaveBeenCalled();
			expect(cachedRead).not.toHaveBeenCalled();
			expect(getFileCache).not.toHaveBeenCalled();
			h.layoutReady();
			await h.settle();
			expect(getFileCache).toHaveBeenCalled();
			expect(read).not.toHaveBeenCalled();
		} finally {
			await h.dispose();
		}
	});

	it("keeps the index in step with changes, renames and deletions", async () => {
		p = await startPlugin({ files: { "Goals/A.md": "---\nintervisie: goal\n---\n" } });
		await p.h.app.vault.create("Goals/B.md", "---\nintervisie: goal\nstatus: paused\n---\n");
		await p.h.settle();
		await p.h.app.fileManager.renameFile(p.h.file("Goals/A.md"), "Goals/A2.md");
		await p.h.settle();
		await p.h.openFile("Goals/B.md");
		await p.run("link-to-goal");
		const picker = p.h.openModals().at(-1) as unknown as Parameters<typeof p.h.typeQuery>[0];
		const titles = (await p.h.typeQuery(picker, "")).map((m) => (m as { item: { title: string } }).item.title);
		expect(titles).toEqual(["A2"]);
		await p.h.app.vault.delete(p.h.file("Goals/A2.md"));
		await p.h.settle();
		picker.close();
		await p.run("link-to-goal");
		expect(p.h.notices.at(-1)).toContain("no learning goals");
	});
});
