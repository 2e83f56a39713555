import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { GROUP_VIEW_TYPE } from "../../src/plugin/facilitator/group-view";
import { ExportReportModal } from "../../src/plugin/report/export-report-modal";
import { ShareModal } from "../../src/plugin/sharing/share-modal";
import { cliRunner } from "../cli/run-cli";
import { click } from "../harness/form-driver";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

/**
 * One privacy corpus through all five exits: Share with group, Export trajectory report, `intervisie report`
 * (HTML and markdown), the facilitator view and `intervisie report --group`. Every secret is a word with
 * SECRET in it, also the titles of private notes; no exit may show one. Public words (PUBLIC<n>) are what
 * Obsidian shows outside the private parts, and must survive in the shared copies.
 */
const ME = "Sanne de Vries";
const GROUP = "Intervisie/Groups/Team leads 2026";
const REPORT = "Intervisie/Reports/2026-01-26 Report session 1.md";
const GOAL = "Intervisie/Goals/Say no.md";
const T = '"[[Team leads 2026]]"';

const PRIVATE_NOTES: Record<string, string> = {
	"People/Jan SECRETA.md": "---\nprivate: true\n---\nSECRETA1 body\n",
	"People/Broken SECRETB.md": "---\nprivate: true\nwho: [never closed\n---\nSECRETB1 body\n",
	"People/Quoted SECRETC.md": '---\n"Private": ja\n: :\n---\nSECRETC1 body\n',
	"People/Bom SECRETD.md": "\uFEFF---\nprivate: true\n---\n## Section\nSECRETD1 body\n",
	"People/Tagged SECRETE.md": "SECRETE1 body #private\n",
	"People/Tagprop SECRETF.md": "---\ntags: [people, private/work]\n---\nSECRETF1 body\n",
	"People/Unreadable SECRETG.md": "---\nwho: [never closed\n---\nSECRETG1 body\n",
	"Intervisie/Goals/Private goal SECRETH.md": `---\nintervisie: goal\nauthor: ${ME}\nprivate: true\nstatus: active\ntrajectory: ${T}\n---\nSECRETH1 statement\n`,
	"People/Dutch SECRETI.md": "---\nprivé: ja\n---\nSECRETI1 body\n",
};

const FILES: Record<string, string> = {
	...PRIVATE_NOTES,
	"Intervisie/Trajectories/Team leads 2026.md": `---\nintervisie: trajectory\nstart: 2026-01-12\nend: 2026-06-29\nmembers:\n  - ${ME}\n  - Joris Bakker\nfacilitator: Marieke Smit\n---\n`,
	"Intervisie/Sessions/Session 1.md": `---\nintervisie: session\ndate: 2026-01-26\nnumber: 1\ntrajectory: ${T}\nstatus: held\ncase-bringers:\n  - ${ME}\nattendance:\n  - ${ME}\n  - Joris Bakker\ntheme: Listening\n---\n`,
	"Notes/Public note.md": "A note anyone may see.\n",
	[GOAL]: `---\nintervisie: goal\nauthor: ${ME}\nstatus: active\ntrajectory: ${T}\nbaseline: 3\ntarget: 7\n---\n## What I will do\n\nPUBLIC1 In the team meeting I say no to extra work that does not fit, with [[Public note]].\n\n> [!private]- Why\n> SECRETJ1 because of [[Jan SECRETA]]\n- PUBLIC7 next item, see [[Public note]]\n`,
	[REPORT]: [
		"---",
		"intervisie: report",
		`author: ${ME}`,
		"date: 2026-01-26",
		'session: "[[Session 1]]"',
		"case: Jan SECRETA",
		'"[[Dutch SECRETI]]": x',
		"goals:",
		'  - "[[Say no]]"',
		'  - "[[Private goal SECRETH]]"',
		"ratings:",
		"  - 6",
		"  - 9",
		"---",
		"## What I learned about myself",
		"",
		"PUBLIC2 I ask before I advise. [[Jan SECRETA]], [[Broken SECRETB^abc]], [[Quoted SECRETC#^abc]], [[Tagged SECRETE|alias SECRETALIAS]].",
		"![[Bom SECRETD#Section]]",
		"See [x SECRETX](People/Tagprop%20SECRETF.md) and [[Unreadable SECRETG] and obsidian://open?vault=V&file=People%2FJan%20SECRETA",
		"Also [[Dutch SECRETI",
		"",
		"- item one",
		"  > [!private]",
		"  > SECRETJ2 in a box",
		"- item two PUBLIC3, see [[Public note]]",
		"",
		"## My goals",
		"",
		"### [[Say no]]",
		"",
		"PUBLIC4 I said no twice.",
		"",
		"### [[Private goal SECRETH]]",
		"",
		"SECRETK1 about the private goal.",
		"",
		"## What I will do next",
		"",
		"- [ ] PUBLIC5 Ask first 📅 2026-02-09",
		"",
	].join("\n"),
};

/** Private notes copied into the group folder by hand, or by a careless sync, never through Share. */
const PLANTED: Record<string, string> = {
	[`${GROUP}/Joris Bakker/Diary SECRETL.md`]: "---\nintervisie: goal\nauthor: Joris Bakker\nprivate: true\nshared: true\nstatus: active\n---\nSECRETL1\n",
	[`${GROUP}/Joris Bakker/Tagged SECRETM.md`]: "---\nintervisie: goal\nauthor: Joris Bakker\nshared: true\nstatus: active\n---\nSECRETM1 #private\n",
	[`${GROUP}/Joris Bakker/Bom SECRETN.md`]: "\uFEFF---\nintervisie: goal\nauthor: Joris Bakker\nprivate: true\nshared: true\nstatus: active\n---\nSECRETN1\n",
	// A few hundred bytes of nested aliases that stand for 43 million values.
	[`${GROUP}/Joris Bakker/Bomb SECRETO.md`]: `---\nintervisie: goal\nauthor: Joris Bakker\nshared: true\n${["a: &a [x, x, x, x, x, x, x, x, x]", ...Array.from({ length: 7 }, (_, i) => `${"bcdefgh"[i]}: &${"bcdefgh"[i]} [${Array(9).fill(`*${"abcdefg"[i]}`).join(", ")}]`)].join("\n")}\n---\nSECRETO1\n`,
	[`${GROUP}/Joris Bakker/Listen PUBLIC6.md`]: "---\nintervisie: goal\nid: g-joris\nauthor: Joris Bakker\nshared: true\nstatus: active\n---\nPUBLIC6 statement\n",
};

const cli = cliRunner(() => new Date(2026, 5, 29, 12));
let p: PluginHarness | null = null;
let outDir: string | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
	if (outDir) rmSync(outDir, { recursive: true, force: true });
	outDir = null;
});

async function settleLong(ph: PluginHarness): Promise<void> {
	for (let i = 0; i < 20; i++) {
		await new Promise((resolve) => setTimeout(resolve, 0));
		await ph.h.settle();
	}
}

async function shareNote(ph: PluginHarness, path: string): Promise<void> {
	await ph.h.openFile(path);
	await ph.run("share-with-group");
	await settleLong(ph);
	const modal = ph.h.lastModal(ShareModal);
	// The preview is an exit too: what it shows of the copy holds no secret.
	expectNoSecret(`the share preview of ${path}`, modal.contentEl.textContent ?? "");
	click(modal, "Share");
	await settleLong(ph);
}

function expectNoSecret(exit: string, text: string): void {
	const found = text.match(/SECRET\w*/g) ?? [];
	expect(found, `${exit} shows ${found.join(", ")}`).toEqual([]);
}

describe.each(["strip", "keep"] as const)("the privacy corpus through every exit (cache that %ss a byte-order mark)", (byteOrderMark) => {
	it("lets no secret out, and keeps what Obsidian shows outside the private parts", async () => {
		p = await startPlugin({ files: FILES, today: "2026-03-25", byteOrderMark });
		const ph = p;
		outDir = mkdtempSync(join(tmpdir(), "intervisie-out-"));

		// 1. Share with group.
		await shareNote(ph, REPORT);
		await shareNote(ph, GOAL);
		const sharedReport = ph.h.readFile(`${GROUP}/${ME}/2026-01-26 Report session 1.md`);
		const sharedGoal = ph.h.readFile(`${GROUP}/${ME}/Say no.md`);
		expectNoSecret("the shared report", sharedReport);
		expectNoSecret("the shared goal", sharedGoal);
		for (const word of ["PUBLIC2", "PUBLIC3", "PUBLIC4", "PUBLIC5", "[[Public note]]", "item one", "### [[Say no]]", "private note"]) expect(sharedReport).toContain(word);
		for (const word of ["PUBLIC1", "PUBLIC7", "[[Public note]]"]) expect(sharedGoal).toContain(word);
		expect(sharedReport).toMatch(/ratings:\n\s+- 6\n/);
		expect(sharedReport).not.toMatch(/- 9/);
		for (const path of Object.keys(PRIVATE_NOTES)) expect(ph.h.exists(`${GROUP}/${ME}/${path.split("/").pop() ?? ""}`)).toBe(false);

		// 2. Export trajectory report.
		await ph.run("export-trajectory-report");
		await settleLong(ph);
		click(ph.h.lastModal(ExportReportModal), "Create report note");
		await settleLong(ph);
		const exported = ph.h.app.vault.getMarkdownFiles().find((f) => f.basename.includes("Trajectory report"));
		expect(exported).toBeDefined();
		const exportedText = ph.h.readFile(exported?.path ?? "");
		expectNoSecret("the exported report", exportedText);
		expect(exportedText).toContain("PUBLIC2");

		// 3. intervisie report, HTML and markdown, over the same vault on disk.
		for (const format of ["html", "md"]) {
			const out = join(outDir, `report.${format}`);
			const result = await cli("report", ph.h.vaultDir, "--member", ME, "--out", out);
			expect(result, result.stderr).toMatchObject({ code: 0 });
			const text = readFileSync(out, "utf8");
			expectNoSecret(`intervisie report (${format})`, text);
			expect(text).toContain("PUBLIC2");
		}

		// 4. The facilitator view, with private notes planted in a member's folder.
		for (const [path, text] of Object.entries(PLANTED)) ph.h.writeFile(path, text);
		await settleLong(ph);
		await ph.run("open-facilitator-view");
		ph.plugin.flushRedraw();
		await settleLong(ph);
		const view = ph.h.app.workspace.getLeavesOfType(GROUP_VIEW_TYPE)[0]?.view.containerEl.textContent ?? "";
		expectNoSecret("the facilitator view", view);
		expect(view).toContain("PUBLIC6");
		expect(view).toContain("Say no");

		// 5. intervisie report --group over the group folder.
		for (const format of ["html", "md"]) {
			const out = join(outDir, `group.${format}`);
			const result = await cli("report", join(ph.h.vaultDir, GROUP), "--group", "--out", out);
			expect(result, result.stderr).toMatchObject({ code: 0 });
			const text = readFileSync(out, "utf8");
			expectNoSecret(`intervisie report --group (${format})`, text);
			expect(text).toContain("PUBLIC6");
			expect(text).toContain("Say no");
		}
	});
});
