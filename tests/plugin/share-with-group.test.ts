import { afterEach, describe, expect, it } from "vitest";
import { ShareModal } from "../../src/plugin/sharing/share-modal";
import { click, textOf } from "../harness/form-driver";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const GOAL = "Intervisie/Goals/Summarise.md";
const MINE = "Intervisie/Groups/Team leads 2026/Sanne de Vries";
const JORIS = "Intervisie/Groups/Team leads 2026/Joris Bakker/Joris goal.md";
const JORIS_TEXT = "---\nintervisie: goal\nid: goal-joris\nauthor: Joris Bakker\nshared: true\n---\nMine, not yours.\n";
const FILES = {
	"Intervisie/Trajectories/Team leads 2026.md": "---\nintervisie: trajectory\nmembers:\n  - Sanne de Vries\n  - Joris Bakker\n---\n",
	[GOAL]:
		'---\nintervisie: goal\nid: goal-sum\nstatus: active\ntrajectory: "[[Team leads 2026]]"\n---\n## What I will do\n\nI summarise every meeting.\n\n> [!private]- Only for me\n> SECRET-1 about my manager\n\nAsk [[Secret person|Piet]] and %% SECRET-2 %% keep going.\n',
	"Notes/Secret person.md": "---\nprivate: true\n---\nSECRET-3\n",
	"Intervisie/Goals/Diary.md": "---\nintervisie: goal\nprivate: true\n---\nSECRET-4\n",
	[JORIS]: JORIS_TEXT,
};

async function share(ph: PluginHarness, path: string): Promise<ShareModal> {
	await ph.h.openFile(path);
	await ph.run("share-with-group");
	return ph.h.lastModal(ShareModal);
}

async function press(ph: PluginHarness, modal: ShareModal, label: string): Promise<void> {
	click(modal, label);
	for (let i = 0; i < 20; i++) await ph.h.settle();
}

describe("Share with group", () => {
	it("shows what stays out, then writes the shareable version into my own subfolder", async () => {
		p = await startPlugin({ files: FILES });
		const modal = await share(p, GOAL);
		const preview = textOf(modal);
		expect(preview).toContain(`${MINE}/Summarise.md`);
		expect(preview).toContain("Private box");
		expect(preview).toContain("Comment");
		expect(preview).toContain("Link to a private note");
		// The copy as it will be written, rendered, with what is left out marked in place and nothing of it shown.
		const shown = modal.contentEl.querySelector(".intervisie-share-copy")?.textContent ?? "";
		expect(shown).toContain("I summarise every meeting.");
		expect(shown).toContain("Private box left out");
		expect(shown).toContain("Comment left out");
		for (const secret of ["SECRET-1", "SECRET-2", "SECRET-3", "Secret person", "Piet"]) expect(shown).not.toContain(secret);
		expect(preview).not.toMatch(/line \d/);
		await press(p, modal, "Share");
		const copy = p.h.readFile(`${MINE}/Summarise.md`);
		for (const secret of ["SECRET-1", "SECRET-2", "SECRET-3", "Secret person", "Piet"]) expect(copy).not.toContain(secret);
		expect(copy).toContain("I summarise every meeting.");
		expect(copy).toContain("private note");
		expect(copy).toMatch(/shared: true/);
		expect(copy).toMatch(/id: goal-sum/);
		expect(p.h.readFile(GOAL)).toBe(FILES[GOAL]);
		expect(p.h.readFile(JORIS)).toBe(JORIS_TEXT);
		expect(p.h.notices.at(-1)).toBe(`Shared as ${MINE}/Summarise.md; 3 private parts left out.`);
	});

	it("keeps shared copies out of my own index, so nothing counts twice", async () => {
		p = await startPlugin({ files: FILES });
		const ph = p;
		const dashboardText = async () => {
			ph.plugin.flushRedraw();
			await ph.h.settle();
			return ph.h.app.workspace.getLeavesOfType("intervisie-dashboard")[0]?.view.containerEl.textContent ?? "";
		};
		await ph.run("open-dashboard");
		const before = await dashboardText();
		await press(ph, await share(ph, GOAL), "Share");
		await ph.run("open-dashboard");
		const after = await dashboardText();
		expect(after.split("Summarise").length).toBe(before.split("Summarise").length);
		expect(after).not.toContain("Joris goal");
	});

	it("updates the same copy on a re-share, also after the note was renamed", async () => {
		p = await startPlugin({ files: FILES });
		await press(p, await share(p, GOAL), "Share");
		await p.h.app.vault.process(p.h.file(GOAL), (text) => text.replace("every meeting", "every Monday meeting"));
		await p.h.app.fileManager.renameFile(p.h.file(GOAL), "Intervisie/Goals/Summarise meetings.md");
		await p.h.settle();
		const again = await share(p, "Intervisie/Goals/Summarise meetings.md");
		expect(textOf(again)).toContain(`This updates your earlier shared copy, ${MINE}/Summarise.md.`);
		await press(p, again, "Share");
		expect(p.h.exists(`${MINE}/Summarise.md`)).toBe(false);
		expect(p.h.readFile(`${MINE}/Summarise meetings.md`)).toContain("every Monday meeting");
		expect(p.h.app.vault.getMarkdownFiles().filter((f) => f.path.startsWith(MINE))).toHaveLength(1);
	});

	it("adds an id to a note without one, so the next share finds its copy", async () => {
		const plain = "Daily/2026-03-05.md";
		p = await startPlugin({ files: { ...FILES, [plain]: "Today I summarised.\n" } });
		await p.h.openFile(plain);
		await p.run("share-with-group");
		const modal = p.h.lastModal(ShareModal);
		expect(textOf(modal)).toContain("An id is added to this note");
		await press(p, modal, "Share");
		const id = /id: (\S+)/.exec(p.h.readFile(plain))?.[1];
		expect(id).toMatch(/^note-\d{8}-\w{4}$/);
		expect(p.h.readFile(`${MINE}/2026-03-05.md`)).toContain(`id: ${id}`);
		expect(p.h.readFile(plain)).toContain("Today I summarised.\n");
	});

	it("keeps the note's Windows line endings in the copy", async () => {
		const crlf = "Intervisie/Goals/Windows.md";
		p = await startPlugin({ files: { ...FILES, [crlf]: "---\r\nintervisie: goal\r\nid: goal-win\r\n---\r\nLine one\r\n%% SECRET-5 %%\r\nLine two\r\n" } });
		await press(p, await share(p, crlf), "Share");
		const copy = p.h.readFile(`${MINE}/Windows.md`);
		expect(copy).toContain("Line one\r\n");
		expect(copy).toContain("Line two\r\n");
		expect(copy).not.toContain("SECRET-5");
	});

	it("does not share a note whose properties cannot be read: they might make it private", async () => {
		const broken = "Intervisie/Goals/Broken.md";
		p = await startPlugin({ files: { ...FILES, [broken]: "---\nprivate: true\ntitle: [unclosed\n---\nSECRET-6\n" } });
		await p.h.openFile(broken);
		await p.run("share-with-group");
		expect(p.h.notices.at(-1)).toContain("cannot be read");
		expect(p.h.app.vault.getMarkdownFiles().some((f) => f.path.startsWith(MINE))).toBe(false);
	});

	it.each(["strip", "keep"] as const)("never shares a private note behind a byte-order mark (cache that %ss it)", async (byteOrderMark) => {
		const marked = "Intervisie/Goals/Marked.md";
		p = await startPlugin({ files: { ...FILES, [marked]: "\uFEFF---\nintervisie: goal\n'Private': ja\n---\nSECRET-7\n" }, byteOrderMark });
		await p.h.openFile(marked);
		await p.run("share-with-group");
		expect(p.h.notices.at(-1)).toBe("This note is private (private: true, or a #private tag), so it is never shared.");
		expect(p.h.app.vault.getMarkdownFiles().some((f) => f.path.startsWith(MINE))).toBe(false);
	});

	it("refuses properties over the bound of values, without writing out what they expand to", async () => {
		const bomb = "Intervisie/Goals/Bomb.md";
		const levels = ["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 7 }, (_, i) => `${"bcdefgh"[i]}: &${"bcdefgh"[i]} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`)];
		p = await startPlugin({ files: { ...FILES, [bomb]: `---\nintervisie: goal\n${levels.join("\n")}\n---\nText\n` } });
		await p.h.openFile(bomb);
		await p.run("share-with-group");
		expect(p.h.notices.at(-1)).toContain("cannot be read");
		expect(p.h.app.vault.getMarkdownFiles().some((f) => f.path.startsWith(MINE))).toBe(false);
	});

	it("never shares a private note", async () => {
		p = await startPlugin({ files: FILES });
		await p.h.openFile("Intervisie/Goals/Diary.md");
		await p.run("share-with-group");
		expect(p.h.notices.at(-1)).toBe("This note is private (private: true, or a #private tag), so it is never shared.");
		expect(p.h.app.vault.getMarkdownFiles().some((f) => f.path.startsWith(MINE))).toBe(false);
	});

	it("withdraws my copy and leaves other members' files alone", async () => {
		p = await startPlugin({ files: FILES });
		await press(p, await share(p, GOAL), "Share");
		await p.h.openFile(GOAL);
		await p.run("withdraw-shared-copy");
		await p.h.settle();
		expect(p.h.exists(`${MINE}/Summarise.md`)).toBe(false);
		expect(p.h.readFile(JORIS)).toBe(JORIS_TEXT);
		await p.h.openFile(JORIS);
		await p.run("withdraw-shared-copy");
		expect(p.h.readFile(JORIS)).toBe(JORIS_TEXT);
		expect(p.h.notices.at(-1)).toBe("This note has no shared copy in your group folder.");
	});
});

describe("links of my own notes", () => {
	it("never resolve to a member's shared copy of the same name", async () => {
		const files = {
			"Intervisie/Trajectories/Team leads 2026.md": FILES["Intervisie/Trajectories/Team leads 2026.md"],
			"Intervisie/Goals/Say no.md": '---\nintervisie: goal\nid: goal-mine\nstatus: active\ntrajectory: "[[Team leads 2026]]"\n---\n',
			"Intervisie/Reports/2026-03-09 Report.md": '---\nintervisie: report\ndate: 2026-03-09\ngoals:\n  - "[[Say no]]"\nratings:\n  - 4\n---\n',
			"G/T/Joris Bakker/Say no.md": "---\nintervisie: goal\nid: goal-joris\nauthor: Joris Bakker\nshared: true\n---\n",
		};
		p = await startPlugin({ files, data: { settings: { myName: "Sanne de Vries", groupsFolder: "G" } } });
		const ph = p;
		expect(ph.h.app.metadataCache.getFirstLinkpathDest("Say no", "Intervisie/Reports/2026-03-09 Report.md")?.path).toBe("G/T/Joris Bakker/Say no.md");
		const notes = ph.plugin as unknown as { flushRedraw(): void };
		notes.flushRedraw();
		await ph.run("open-dashboard");
		await ph.h.settle();
		const dashboard = ph.h.app.workspace.getLeavesOfType("intervisie-dashboard")[0]?.view.containerEl;
		const chart = dashboard?.querySelector("svg[role='img']");
		expect(chart?.getAttribute("aria-label") ?? "").toContain("4");
	});
});
