import { afterEach, describe, expect, it } from "vitest";
import { GROUP_VIEW_TYPE } from "../../src/plugin/facilitator/group-view";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const GROUP = "Intervisie/Groups/Team leads 2026";
const session = (date: string, n: number, bringer: string, attendance: string[]) =>
	`---\nintervisie: session\ndate: ${date}\nnumber: ${n}\ntrajectory: "[[Team leads 2026]]"\nstatus: held\ncase-bringers:\n  - ${bringer}\ntheme: Listening\nmethod: balint\nattendance:\n${attendance.map((a) => `  - ${a}\n`).join("")}---\n`;
const FILES = {
	"Intervisie/Trajectories/Team leads 2026.md": "---\nintervisie: trajectory\nmembers:\n  - Sanne de Vries\n  - Joris Bakker\n  - Aylin Demir\nfacilitator: Marieke Smit\n---\n",
	"Intervisie/Sessions/2026-01-26 Session 1.md": session("2026-01-26", 1, "Joris Bakker", ["Sanne de Vries", "Joris Bakker", "Aylin Demir"]),
	"Intervisie/Sessions/2026-03-09 Session 2.md": session("2026-03-09", 2, "Aylin Demir", ["Sanne de Vries", "Aylin Demir"]),
	[`${GROUP}/Joris Bakker/Say no.md`]: "---\nintervisie: goal\nid: g-joris\nauthor: Joris Bakker\nstatus: active\nbaseline: 3\ntarget: 7\nshared: true\n---\n",
	[`${GROUP}/Joris Bakker/Report 1.md`]: '---\nintervisie: report\nid: r-joris-1\nauthor: Joris Bakker\ndate: 2026-01-26\nsession: "[[2026-01-26 Session 1]]"\ngoals:\n  - "[[Say no]]"\nratings:\n  - 4\nshared: true\n---\n',
	[`${GROUP}/Aylin Demir/Report 2.md`]: "---\nintervisie: report\nid: r-aylin-2\nauthor: Aylin Demir\ndate: 2026-03-09\nshared: true\n---\n",
};

describe("the facilitator view in the plugin", () => {
	it("shows attendance, rotation, missing reports and the members' shared goals from the group folder", async () => {
		p = await startPlugin({ files: FILES, today: "2026-03-20", myName: "Marieke Smit" });
		await p.run("open-facilitator-view");
		const view = p.h.app.workspace.getLeavesOfType(GROUP_VIEW_TYPE)[0]?.view;
		const text = view?.containerEl.textContent ?? "";
		expect(text).toContain("Team leads 2026");
		expect(view?.containerEl.querySelector("table")).not.toBeNull();
		expect(text).toContain("absent");
		expect(text).toContain("Say no");
		expect(text).toContain("Sanne de Vries");
		expect(text).toContain("Balint");
		expect(text).toContain("Listening");
	});

	it("shows the question round of a held session from a member's shared copy, in words", async () => {
		const tally = "questions-open: 7\nquestions-closed: 2\nquestions-advice: 1\nquestions-leading: 0\nquestions-helped: 3\n";
		const copy = `---\nintervisie: session\nid: s-2-copy\nauthor: Aylin Demir\ndate: 2026-03-09\nnumber: 2\nstatus: held\n${tally}shared: true\n---\n`;
		p = await startPlugin({ files: { ...FILES, [`${GROUP}/Aylin Demir/Session 2.md`]: copy }, today: "2026-03-20", myName: "Marieke Smit" });
		await p.run("open-facilitator-view");
		const section = p.h.app.workspace.getLeavesOfType(GROUP_VIEW_TYPE)[0]?.view.containerEl.querySelector(".intervisie-fac-questions");
		const text = section?.textContent ?? "";
		expect(text).toContain("Questions over the trajectory");
		expect(text).toContain("7 of 10 open (70 %)");
		expect(text).toContain("7 open · 2 closed · 1 advice in disguise · 0 leading");
		expect(text).toContain("3 helped the case-bringer");
		expect(text).toContain("Counted in Aylin Demir's copy");
		expect(text).toContain("1 held session without questions noted.");
		expect(section?.querySelectorAll(".intervisie-fac-questions-dot")).toHaveLength(10);
	});

	it("updates live when a member's shared copy arrives", async () => {
		p = await startPlugin({ files: FILES, today: "2026-03-20", myName: "Marieke Smit" });
		await p.run("open-facilitator-view");
		p.h.writeFile(`${GROUP}/Aylin Demir/Speak up.md`, "---\nintervisie: goal\nid: g-aylin\nauthor: Aylin Demir\nstatus: active\nshared: true\n---\n");
		await p.h.settle();
		p.plugin.flushRedraw();
		await p.h.settle();
		const text = p.h.app.workspace.getLeavesOfType(GROUP_VIEW_TYPE)[0]?.view.containerEl.textContent ?? "";
		expect(text).toContain("Speak up");
	});
});
