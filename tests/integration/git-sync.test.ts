import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GROUP_VIEW_TYPE } from "../../src/plugin/facilitator/group-view";
import { ShareModal } from "../../src/plugin/sharing/share-modal";
import { cliRunner } from "../cli/run-cli";
import { click } from "../harness/form-driver";
import { startPlugin } from "../plugin/plugin-harness";
import type { PluginHarness } from "../plugin/plugin-harness";
import { gitSandbox } from "./git";
import type { GitSandbox } from "./git";

/*
 * The group folder over a real sync, with git. The group's shared repository is a bare repository in a
 * temporary folder. In each vault, the group folder the plugin uses (`<groups folder>/<trajectory>`) is a clone
 * of it. Members share through the plugin's own commands, then commit and push only their own subfolder; the
 * facilitator pulls and looks through the facilitator view and `intervisie report --group`.
 *
 * Every private part carries a token starting with SECRET: no token may reach the repository (its files or
 * its history), the facilitator view or the report.
 */

const TRAJECTORY = "Team leads 2026";
const GROUP = `Intervisie/Groups/${TRAJECTORY}`;
const FACILITATOR = "Marieke Smit";
const SESSION = "2026-01-26 Session 1";
const REPORT = "2026-01-26 Report session 1";

interface Member {
	name: string;
	token: string;
	goal: string;
	doing: string;
	learned: string;
	secondGoal: string;
	secondDoing: string;
}

const MEMBERS: readonly Member[] = [
	{ name: "Anna de Wit", token: "SECRET-ANNA", goal: "Ask before advising", doing: "Anna asks two questions before any advice.", learned: "Anna learned to wait.", secondGoal: "Close meetings on time", secondDoing: "Anna ends every meeting on the hour." },
	{ name: "Bram Peters", token: "SECRET-BRAM", goal: "Say no in time", doing: "Bram answers a request within a day, also with no.", learned: "Bram learned he says yes too fast.", secondGoal: "Give feedback weekly", secondDoing: "Bram gives one piece of feedback every Friday." },
	{ name: "Zoë Visser", token: "SECRET-ZOE", goal: "Delegate the planning", doing: "Zoë hands the rota to a team member each month.", learned: "Zoë learned to let go.", secondGoal: "Plan my own week", secondDoing: "Zoë blocks two hours for herself each Monday." },
];

const trajectoryNote = `---\nintervisie: trajectory\nstart: 2026-01-12\nend: 2026-06-29\nmembers:\n${MEMBERS.map((m) => `  - ${m.name}\n`).join("")}facilitator: ${FACILITATOR}\nsessions-planned: 5\n---\n`;
const sessionNote = `---\nintervisie: session\ndate: 2026-01-26\nnumber: 1\ntrajectory: "[[${TRAJECTORY}]]"\nstatus: held\ncase-bringers:\n  - ${MEMBERS[0]?.name ?? ""}\nmethod: balint\ntheme: Listening\nattendance:\n${MEMBERS.map((m) => `  - ${m.name}\n`).join("")}---\n`;

const privateNoteOf = (m: Member) => `Talk with Jan ${m.token}-LINK`;

/** A member's own vault: a trajectory, a held session, two goals and a report with private parts, private notes. */
function memberVault(m: Member): Record<string, string> {
	const goal = (id: string, title: string, doing: string, extra: string) =>
		`---\nintervisie: goal\nid: ${id}\nauthor: ${m.name}\nstatus: active\ntrajectory: "[[${TRAJECTORY}]]"\nbaseline: 4\ntarget: 8\n---\n## What I will do\n\n${doing}\n${extra}`;
	return {
		[`Intervisie/Trajectories/${TRAJECTORY}.md`]: trajectoryNote,
		[`Intervisie/Sessions/${SESSION}.md`]: sessionNote,
		[`Intervisie/Goals/${m.goal}.md`]: goal(
			`goal-${m.token.toLowerCase().replace("secret-", "")}-1`,
			m.goal,
			m.doing,
			`\n> [!private]- Only for me\n> ${m.token}-GOAL-CALLOUT about my manager\n\nPractised with [[${privateNoteOf(m)}|${m.token}-ALIAS]] %% ${m.token}-GOAL-COMMENT %% last week.\n`,
		),
		[`Intervisie/Goals/${m.secondGoal}.md`]: goal(`goal-${m.token.toLowerCase().replace("secret-", "")}-2`, m.secondGoal, m.secondDoing, `<!-- ${m.token}-SECOND-COMMENT -->\n`),
		// No id: sharing adds one.
		[`Intervisie/Reports/${REPORT}.md`]:
			`---\nintervisie: report\nauthor: ${m.name}\ndate: 2026-01-26\nsession: "[[${SESSION}]]"\ngoals:\n  - "[[${m.goal}]]"\nratings:\n  - 6\n---\n## What I learned about myself\n\n${m.learned}\n\n> [!private]\n> ${m.token}-REPORT-CALLOUT\n\n%% ${m.token}-REPORT-COMMENT %%\nI talked it over, see [[${privateNoteOf(m)}]].\n`,
		[`People/${privateNoteOf(m)}.md`]: `---\nprivate: true\n---\n${m.token}-PRIVATE-NOTE\n`,
		"Intervisie/Reports/2026-01-27 Diary.md": `---\nintervisie: report\nauthor: ${m.name}\nprivate: true\ndate: 2026-01-27\n---\n${m.token}-PRIVATE-REPORT\n`,
	};
}

/** The facilitator's own vault: the trajectory and the session; no notes of the members. */
const facilitatorVault: Record<string, string> = {
	[`Intervisie/Trajectories/${TRAJECTORY}.md`]: trajectoryNote,
	[`Intervisie/Sessions/${SESSION}.md`]: sessionNote,
};

/** Every secret token in a text (none is the right answer). */
function secretsIn(text: string): string[] {
	return text.match(/SECRET[\w-]*/g) ?? [];
}

/** Every file of a folder tree but git's own, as path → text. */
function workingTree(root: string, skip = ".git"): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (folder: string, prefix: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name === skip) continue;
			const path = `${prefix}${entry.name}`;
			if (entry.isDirectory()) walk(join(folder, entry.name), `${path}/`);
			else files.set(path, readFileSync(join(folder, entry.name), "utf8"));
		}
	};
	walk(root, "");
	return files;
}

// Each step runs a few dozen git commands (a pull or push takes a few hundred milliseconds on a slow disk).
describe("the group folder shared through git", { timeout: 30_000 }, () => {
	let sandbox: GitSandbox;
	let out: string;
	const vaults = new Map<string, PluginHarness>();
	const cli = cliRunner(() => new Date(2026, 2, 20, 12));

	const vault = (name: string): PluginHarness => {
		const found = vaults.get(name);
		if (!found) throw new Error(`No vault of ${name}`);
		return found;
	};
	/** The group folder of a vault on disk: the clone of the group's repository. */
	const clone = (name: string) => join(vault(name).h.vaultDir, ...GROUP.split("/"));
	const git = (name: string, ...args: string[]) => sandbox.git(clone(name), ...args);

	/** What a file watcher does after git changed files: Obsidian picks them up, the views redraw. */
	async function pickUp(name: string): Promise<void> {
		const p = vault(name);
		p.h.rescan();
		await p.h.settle();
		p.plugin.flushRedraw();
		await p.h.settle();
	}

	async function share(name: string, path: string): Promise<void> {
		const p = vault(name);
		await p.h.openFile(path);
		await p.run("share-with-group");
		click(p.h.lastModal(ShareModal), "Share");
		for (let i = 0; i < 20; i++) await p.h.settle();
	}

	/** A member commits their own subfolder only, as the group agreed. */
	function commitMine(name: string, message: string): void {
		git(name, "add", "-A", "--", name);
		git(name, "commit", "--quiet", "-m", message);
	}

	/** The files a commit touched. */
	const changedIn = (name: string, rev = "HEAD") => git(name, "show", "--name-only", "--format=", rev).split("\n").filter(Boolean);

	/** The facilitator view's DOM, opened (or redrawn) now. */
	async function facilitatorView(): Promise<HTMLElement> {
		const p = vault(FACILITATOR);
		await p.run("open-facilitator-view");
		p.plugin.flushRedraw();
		await p.h.settle();
		const el = p.h.app.workspace.getLeavesOfType(GROUP_VIEW_TYPE)[0]?.view.containerEl;
		if (!el) throw new Error("The facilitator view did not open");
		return el;
	}

	async function groupReport(): Promise<string> {
		const file = join(out, "group.html");
		const result = await cli("report", clone(FACILITATOR), "--group", "--out", file);
		expect(result).toMatchObject({ code: 0, stderr: "" });
		return readFileSync(file, "utf8");
	}

	beforeAll(async () => {
		sandbox = gitSandbox();
		out = mkdtempSync(join(tmpdir(), "intervisie-report-"));
		// The facilitator starts the group's repository: a clone in their group folder, a first commit.
		const f = await startPlugin({ files: facilitatorVault, today: "2026-03-20", myName: FACILITATOR });
		vaults.set(FACILITATOR, f);
		sandbox.git(f.h.vaultDir, "clone", "--quiet", sandbox.remote, GROUP);
		git(FACILITATOR, "config", "user.name", FACILITATOR);
		git(FACILITATOR, "config", "user.email", "marieke@example.org");
		f.h.writeFile(`${GROUP}/.gitignore`, ".DS_Store\nThumbs.db\ndesktop.ini\n");
		git(FACILITATOR, "add", ".gitignore");
		git(FACILITATOR, "commit", "--quiet", "-m", "Group folder of Team leads 2026");
		git(FACILITATOR, "push", "--quiet", "--set-upstream", "origin", "main");
		// Each member clones it into the same place in their own vault.
		for (const m of MEMBERS) {
			const p = await startPlugin({ files: memberVault(m), today: "2026-03-10", myName: m.name });
			vaults.set(m.name, p);
			sandbox.git(p.h.vaultDir, "clone", "--quiet", sandbox.remote, GROUP);
			git(m.name, "config", "user.name", m.name);
			git(m.name, "config", "user.email", `${m.token.toLowerCase()}@example.org`);
			await pickUp(m.name);
		}
	}, 60_000);

	afterAll(async () => {
		for (const p of vaults.values()) await p.h.dispose();
		sandbox?.remove();
		if (out) rmSync(out, { recursive: true, force: true });
	});

	it("each member shares through the plugin and pushes only their own subfolder", async () => {
		for (const m of MEMBERS) {
			const p = vault(m.name);
			await share(m.name, `Intervisie/Goals/${m.goal}.md`);
			await share(m.name, `Intervisie/Reports/${REPORT}.md`);
			await p.h.openFile("Intervisie/Reports/2026-01-27 Diary.md");
			await p.run("share-with-group");
			expect(p.h.notices.at(-1)).toBe("This note is private (private: true, or a #private tag), so it is never shared.");

			// The originals hold their secrets (so finding none later means something); the copies hold none.
			expect(secretsIn(p.h.readFile(`Intervisie/Goals/${m.goal}.md`))).toHaveLength(4);
			expect(secretsIn(p.h.readFile(`Intervisie/Reports/${REPORT}.md`))).toHaveLength(3);
			const copies = [...workingTree(join(clone(m.name), m.name)).keys()].sort();
			expect(copies).toEqual([`${REPORT}.md`, `${m.goal}.md`]);
			commitMine(m.name, `${m.name} shares a goal and a report`);
			expect(changedIn(m.name).sort()).toEqual([`${m.name}/${REPORT}.md`, `${m.name}/${m.goal}.md`]);
			// The plugin wrote nothing else into the group folder.
			expect(git(m.name, "status", "--porcelain")).toBe("");
			git(m.name, "pull", "--quiet", "--no-rebase", "--no-edit");
			git(m.name, "push", "--quiet", "origin", "main");
			expect(p.h.errors).toEqual([]);
		}
		const tracked = sandbox.git(sandbox.remote, "ls-tree", "-r", "--name-only", "main").split("\n").filter(Boolean);
		expect(tracked.sort()).toEqual([".gitignore", ...MEMBERS.flatMap((m) => [`${m.name}/${REPORT}.md`, `${m.name}/${m.goal}.md`])].sort());
	});

	it("the facilitator pulls: view and group report show every member's shared notes and no private part", async () => {
		git(FACILITATOR, "pull", "--quiet", "--no-rebase", "--no-edit");
		await pickUp(FACILITATOR);

		const tree = workingTree(clone(FACILITATOR));
		expect(tree.size).toBe(1 + 2 * MEMBERS.length);
		for (const [path, text] of tree) expect({ path, secrets: secretsIn(`${path}\n${text}`) }).toEqual({ path, secrets: [] });
		// Not in the repository's history either: every version ever pushed.
		const history = sandbox.git(sandbox.remote, "log", "--all", "-p", "--format=%an %s");
		expect(secretsIn(history)).toEqual([]);

		for (const m of MEMBERS) {
			const goal = tree.get(`${m.name}/${m.goal}.md`) ?? "";
			expect(goal).toContain(m.doing);
			expect(goal).toContain("Practised with private note  last week.");
			expect(goal).toMatch(/shared: true/);
			const report = tree.get(`${m.name}/${REPORT}.md`) ?? "";
			expect(report).toContain(m.learned);
			expect(report).toContain("see private note.");
			expect(report).toMatch(/^id: report-\d{8}-\w{4}$/m);
		}

		const view = await facilitatorView();
		const text = view.textContent ?? "";
		expect(secretsIn(view.innerHTML)).toEqual([]);
		for (const m of MEMBERS) {
			expect(text).toContain(m.name);
			expect(text).toContain(m.goal);
		}
		expect(text).toContain("Listening");
		expect(text).toContain("3 of 3 expected reports shared");
		expect(text).toContain("No reports missing");
		expect(vault(FACILITATOR).h.errors).toEqual([]);

		const html = await groupReport();
		expect(secretsIn(html)).toEqual([]);
		for (const m of MEMBERS) {
			expect(html).toContain(`Trajectory report ${m.name}, ${TRAJECTORY}`);
			expect(html).toContain(m.doing);
			expect(html).toContain(m.learned);
		}
	});

	it("members who push at the same time merge without a conflict, since each writes only their own subfolder", async () => {
		const [anna, bram, zoe] = MEMBERS.map((m) => m.name) as [string, string, string];
		// All three are up to date, then share and commit on that same state of the repository.
		for (const m of MEMBERS) git(m.name, "pull", "--quiet", "--no-rebase", "--no-edit");
		for (const m of MEMBERS) {
			await share(m.name, `Intervisie/Goals/${m.secondGoal}.md`);
			commitMine(m.name, `${m.name} shares a second goal`);
		}
		git(anna, "push", "--quiet", "origin", "main");

		const rejected = sandbox.tryGit(clone(bram), "push", "origin", "main");
		expect(rejected.code).not.toBe(0);
		expect(rejected.output).toContain("rejected");
		// Bram merges.
		expect(sandbox.tryGit(clone(bram), "pull", "--no-rebase", "--no-edit").code).toBe(0);
		expect(git(bram, "ls-files", "--unmerged")).toBe("");
		expect(git(bram, "rev-list", "--parents", "-n", "1", "HEAD").trim().split(" ")).toHaveLength(3);
		git(bram, "push", "--quiet", "origin", "main");
		// Zoë rebases.
		expect(sandbox.tryGit(clone(zoe), "push", "origin", "main").code).not.toBe(0);
		expect(sandbox.tryGit(clone(zoe), "pull", "--rebase").code).toBe(0);
		expect(git(zoe, "ls-files", "--unmerged")).toBe("");
		git(zoe, "push", "--quiet", "origin", "main");

		for (const name of [bram, zoe]) {
			expect(git(name, "status", "--porcelain")).toBe("");
			await pickUp(name);
			expect(vault(name).h.errors).toEqual([]);
		}
		for (const m of MEMBERS) expect(vault(zoe).h.exists(`${GROUP}/${m.name}/${m.secondGoal}.md`)).toBe(true);
		// The others' copies arrived in Zoë's vault, and stay out of her own dashboard.
		const z = vault(zoe);
		await z.run("open-dashboard");
		z.plugin.flushRedraw();
		await z.h.settle();
		const dashboard = z.h.app.workspace.getLeavesOfType("intervisie-dashboard")[0]?.view.containerEl.textContent ?? "";
		expect(dashboard).toContain(MEMBERS[2]?.secondGoal);
		for (const m of MEMBERS.slice(0, 2)) expect(dashboard).not.toContain(m.secondGoal);

		git(FACILITATOR, "pull", "--quiet", "--no-rebase", "--no-edit");
		await pickUp(FACILITATOR);
		const text = (await facilitatorView()).textContent ?? "";
		for (const m of MEMBERS) {
			expect(vault(FACILITATOR).h.readFile(`${GROUP}/${m.name}/${m.secondGoal}.md`)).toContain(m.secondDoing);
			expect(text).toContain(m.secondGoal);
		}
		expect(secretsIn(sandbox.git(sandbox.remote, "log", "--all", "-p"))).toEqual([]);
	});

	it("a withdrawn copy is gone for the facilitator once the deletion is pushed, but stays in the history", async () => {
		const anna = MEMBERS[0] as Member;
		const copy = `${anna.name}/${anna.goal}.md`;
		const a = vault(anna.name);
		await a.h.openFile(`Intervisie/Goals/${anna.goal}.md`);
		await a.run("withdraw-shared-copy");
		await a.h.settle();
		expect(a.h.exists(`${GROUP}/${copy}`)).toBe(false);

		git(anna.name, "pull", "--quiet", "--no-rebase", "--no-edit");
		commitMine(anna.name, `${anna.name} withdraws a goal`);
		expect(git(anna.name, "show", "--name-status", "--format=", "HEAD").trim()).toBe(`D\t${copy}`);
		git(anna.name, "push", "--quiet", "origin", "main");

		const before = (await facilitatorView()).textContent ?? "";
		expect(before).toContain(anna.goal);
		git(FACILITATOR, "pull", "--quiet", "--no-rebase", "--no-edit");
		await pickUp(FACILITATOR);
		expect(vault(FACILITATOR).h.exists(`${GROUP}/${copy}`)).toBe(false);
		const card = [...(await facilitatorView()).querySelectorAll(".intervisie-fac-member")].find((el) => el.getAttribute("aria-label") === anna.name);
		expect(card?.textContent ?? "").not.toContain(anna.goal);
		expect(card?.textContent ?? "").toContain(anna.secondGoal);
		const html = await groupReport();
		expect(html).not.toContain(anna.doing);
		expect(html).toContain(anna.secondDoing);

		// Withdrawing is not erasing: whoever has the repository can still read the copy in its history.
		const commits = sandbox.git(sandbox.remote, "log", "--format=%h", "main", "--", copy).trim().split("\n");
		expect(commits).toHaveLength(2);
		expect(sandbox.git(sandbox.remote, "show", `${commits[1] ?? ""}:${copy}`)).toContain(anna.doing);
	});

	it("a vault that is itself kept in git leaves the group folder to its own repository", async () => {
		const zoe = vault((MEMBERS[2] as Member).name);
		const root = zoe.h.vaultDir;
		zoe.h.writeFile(".gitignore", "Intervisie/Groups/\n");
		sandbox.git(root, "init", "--quiet");
		sandbox.git(root, "add", "-A");
		const added = sandbox.git(root, "ls-files").split("\n").filter(Boolean);
		expect(added).toContain(`Intervisie/Goals/${MEMBERS[2]?.goal ?? ""}.md`);
		expect(added.filter((path) => path.startsWith("Intervisie/Groups/"))).toEqual([]);
	});
});
