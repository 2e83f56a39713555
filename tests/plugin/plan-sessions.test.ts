import { afterEach, describe, expect, it } from "vitest";
import { fill, textOf, toggle, valueOf } from "../harness/form-driver";
import { PlanSessionsModal } from "../../src/plugin/planning/plan-modal";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";
import { cell, filesIn, frontmatterOf, rowMessages, typeInto } from "./planning-driver";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

const MEMBERS = ["Anna de Wit", "Bram Jansen", "Carla Bos", "Dirk Visser", "Eva Smit", "Fatima El Amrani"];
const TRAJECTORY = "Intervisie/Trajectories/Team leads 2026.md";
const SESSIONS = "Intervisie/Sessions";

function trajectory(facilitator: string): string {
	return `---\nintervisie: trajectory\nstart: 2026-01-12\nend: 2026-11-30\nmembers:\n${MEMBERS.map((m) => `  - ${m}\n`).join("")}facilitator: ${facilitator}\n---\n`;
}

describe("Plan sessions", () => {
	it("plans a fair rotation for six members, shows it first, then creates the notes without opening them", async () => {
		p = await startPlugin({ files: { [TRAJECTORY]: trajectory("Anna de Wit") }, today: "2026-01-05" });
		await p.run("plan-sessions");
		const modal = p.h.lastModal(PlanSessionsModal);
		expect(valueOf(modal, "Number of sessions")).toBe("5");
		expect(valueOf(modal, "First session")).toBe("2026-01-12");
		fill(modal, "Rhythm", "Every 4 weeks");
		fill(modal, "Number of sessions", "8");
		expect(modal.contentEl.querySelectorAll("tr.intervisie-plan-row")).toHaveLength(8);
		expect(cell(modal, 2, "date").value).toBe("2026-02-09");
		expect(filesIn(p.h, SESSIONS)).toEqual([]);

		typeInto(cell(modal, 3, "theme"), "Listening");
		await p.submit(modal, "Create sessions");

		const files = filesIn(p.h, SESSIONS);
		expect(files).toHaveLength(8);
		expect(files[0]).toBe(`${SESSIONS}/2026-01-12 Session 1.md`);
		const sessions = files.map((path) => frontmatterOf(p.h, path));
		const bringers = sessions.map((fm) => (fm["case-bringers"] as string[])[0]);
		expect(new Set(bringers.slice(0, 6))).toEqual(new Set(MEMBERS));
		expect(bringers.slice(6)).toEqual(bringers.slice(0, 2));
		for (const fm of sessions) {
			expect(fm).toMatchObject({ intervisie: "session", trajectory: "[[Team leads 2026]]", status: "planned", method: "six-phase", schema: 1 });
			expect(fm.facilitator).not.toBe((fm["case-bringers"] as string[])[0]);
			expect(fm["note-taker"]).not.toBe((fm["case-bringers"] as string[])[0]);
			expect(fm["note-taker"]).not.toBe(fm.facilitator);
		}
		expect(sessions.map((fm) => fm.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
		expect(sessions[2]?.theme).toBe("Listening");
		expect(p.h.notices).toEqual(["Created 8 session notes in Intervisie/Sessions."]);
		expect(p.h.app.workspace.getActiveFile()).toBeNull();
	});

	it("checks an edited row again, says in words what is wrong, and refuses to create until it is fixed", async () => {
		p = await startPlugin({ files: { [TRAJECTORY]: trajectory("Anna de Wit") }, today: "2026-01-05" });
		await p.run("plan-sessions");
		const modal = p.h.lastModal(PlanSessionsModal);
		const bringer = cell(modal, 2, "caseBringers").value;
		typeInto(cell(modal, 2, "facilitator"), bringer.toLowerCase());
		expect(rowMessages(modal, 2)).toContain(`${bringer.toLowerCase()} brings a case in this session, so cannot lead it`);
		expect(cell(modal, 2, "facilitator").getAttribute("aria-invalid")).toBe("true");
		await p.submit(modal, "Create sessions");
		expect(p.h.openModals()).toContain(modal);
		expect(filesIn(p.h, SESSIONS)).toEqual([]);

		typeInto(cell(modal, 2, "facilitator"), "Marieke Smit");
		expect(rowMessages(modal, 2)).toBe("");
		await p.submit(modal, "Create sessions");
		const second = filesIn(p.h, SESSIONS).map((path) => frontmatterOf(p.h, path)).find((fm) => fm.number === 2);
		expect(second).toMatchObject({ "case-bringers": [bringer], facilitator: "Marieke Smit" });
	});

	it("warns in words when a hand edit gives someone a second case before everyone had one", async () => {
		p = await startPlugin({ files: { [TRAJECTORY]: trajectory("Anna de Wit") }, today: "2026-01-05" });
		await p.run("plan-sessions");
		const modal = p.h.lastModal(PlanSessionsModal);
		const first = cell(modal, 1, "caseBringers").value;
		typeInto(cell(modal, 2, "caseBringers"), first);
		expect(rowMessages(modal, 2)).toContain(`${first} brings a second case while`);
		expect(rowMessages(modal, 2)).toContain("have not had a turn yet.");
	});

	it("suggests group themes in every row, from the vault's sessions and the common ones", async () => {
		const used = "Intervisie/Sessions/Old.md";
		p = await startPlugin({ files: { [TRAJECTORY]: trajectory("Anna de Wit"), [used]: "---\nintervisie: session\ntheme: Trust in the team\n---\n" }, today: "2026-01-05" });
		await p.run("plan-sessions");
		const modal = p.h.lastModal(PlanSessionsModal);
		const input = cell(modal, 1, "theme");
		const list = modal.contentEl.querySelector(`datalist#${input.getAttribute("list") ?? "none"}`);
		const options = Array.from(list?.querySelectorAll("option") ?? []).map((o) => o.getAttribute("value"));
		expect(options.slice(0, 3)).toEqual(["Trust in the team", "How do I come across", "Listening"]);
		expect(options).toContain("Asking good questions");
	});

	it("lets an outside facilitator (the trajectory's own, by default) lead every session", async () => {
		p = await startPlugin({ files: { [TRAJECTORY]: trajectory("Marieke Smit") }, today: "2026-01-05" });
		await p.run("plan-sessions");
		const modal = p.h.lastModal(PlanSessionsModal);
		expect(valueOf(modal, "Name of the outside facilitator")).toBe("Marieke Smit");
		await p.submit(modal, "Create sessions");
		const sessions = filesIn(p.h, SESSIONS).map((path) => frontmatterOf(p.h, path));
		expect(sessions).toHaveLength(5);
		for (const fm of sessions) {
			expect(fm.facilitator).toBe("Marieke Smit");
			expect(MEMBERS).toContain(fm["note-taker"]);
			expect(fm["note-taker"]).not.toBe((fm["case-bringers"] as string[])[0]);
		}
	});

	it("plans among the members when the outside facilitator is switched off, and refuses a member as outside facilitator", async () => {
		p = await startPlugin({ files: { [TRAJECTORY]: trajectory("Marieke Smit") }, today: "2026-01-05" });
		await p.run("plan-sessions");
		const modal = p.h.lastModal(PlanSessionsModal);
		fill(modal, "Name of the outside facilitator", "carla bos");
		expect(textOf(modal)).toContain("Carla Bos is a member of the group.");
		toggle(modal, "Outside facilitator", false);
		expect(cell(modal, 1, "facilitator").value).toBe("Bram Jansen");
	});

	it("never overwrites an existing file, and continues after the trajectory's existing sessions", async () => {
		const mine = "Intervisie/Sessions/2026-02-16 Session 2.md";
		const held = '---\nintervisie: session\ndate: 2026-02-09\nnumber: 1\ntrajectory: "[[Team leads 2026]]"\nstatus: held\ncase-bringers:\n  - Anna de Wit\nfacilitator: Bram Jansen\n---\n';
		p = await startPlugin({ files: { [TRAJECTORY]: trajectory("Anna de Wit"), "Intervisie/Sessions/2026-02-09 Session 1.md": held, [mine]: "My own note.\n" }, today: "2026-02-01" });
		await p.run("plan-sessions");
		const modal = p.h.lastModal(PlanSessionsModal);
		expect(valueOf(modal, "First session")).toBe("2026-02-23");
		fill(modal, "Rhythm", "Every 4 weeks");
		fill(modal, "Number of sessions", "2");
		fill(modal, "First session", "2026-02-09");
		expect(cell(modal, 2, "date").value).toBe("2026-02-16");
		expect(cell(modal, 2, "caseBringers").value).toBe("Bram Jansen");
		expect(cell(modal, 3, "caseBringers").value).toBe("Carla Bos");
		await p.submit(modal, "Create sessions");
		expect(p.h.readFile(mine)).toBe("My own note.\n");
		expect(p.h.readFile("Intervisie/Sessions/2026-02-09 Session 1.md")).toBe(held);
		expect(filesIn(p.h, SESSIONS)).toEqual([
			"Intervisie/Sessions/2026-02-09 Session 1.md",
			"Intervisie/Sessions/2026-02-16 Session 2 ~2.md",
			"Intervisie/Sessions/2026-02-16 Session 2.md",
			"Intervisie/Sessions/2026-03-09 Session 3.md",
		]);
		expect(frontmatterOf(p.h, "Intervisie/Sessions/2026-02-16 Session 2 ~2.md")).toMatchObject({ number: 2, "case-bringers": ["Bram Jansen"] });
	});

	it("speaks Dutch when Obsidian does, and names the notes in the notes' language", async () => {
		p = await startPlugin({ files: { [TRAJECTORY]: trajectory("Marieke Smit") }, today: "2026-01-05", language: "nl" });
		await p.run("plan-sessions");
		const modal = p.h.lastModal(PlanSessionsModal);
		expect(valueOf(modal, "Naam van de begeleider")).toBe("Marieke Smit");
		fill(modal, "Ritme", "Om de 3 weken");
		fill(modal, "Aantal bijeenkomsten", "2");
		typeInto(cell(modal, 1, "facilitator"), cell(modal, 1, "caseBringers").value);
		expect(rowMessages(modal, 1)).toContain("kan dus niet leiden");
		typeInto(cell(modal, 1, "facilitator"), "Marieke Smit");
		await p.submit(modal, "Bijeenkomsten maken");
		expect(p.h.notices.at(-1)).toMatch(/^2 bijeenkomsten gemaakt in /);
		expect(filesIn(p.h, "Intervisie").filter((f) => f.includes("Bijeenkomst "))).toHaveLength(2);
	});

	it("refuses clearly when there is no trajectory with members", async () => {
		p = await startPlugin({ files: { "T.md": "---\nintervisie: trajectory\n---\n" } });
		await p.run("plan-sessions");
		expect(p.h.openModals()).toEqual([]);
		expect(p.h.notices).toEqual(["Planning needs a trajectory with members. Create one with 'New trajectory', or fill in the members of your trajectory."]);
	});
});
