import { afterEach, describe, expect, it } from "vitest";
import { fill, textOf, toggle } from "../harness/form-driver";
import { MoveOrCancelModal } from "../../src/plugin/planning/move-modal";
import { SessionSuggestModal } from "../../src/plugin/modals/session-suggest-modal";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";
import { frontmatterOf } from "./planning-driver";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

const MEMBERS = ["Anna", "Bram", "Carla", "Dirk", "Eva", "Fatima"];
const S = (n: number, date: string) => `Intervisie/Sessions/${date} Session ${n}.md`;
const PATHS = [S(1, "2026-01-12"), S(2, "2026-02-09"), S(3, "2026-03-09"), S(4, "2026-04-06"), S(5, "2026-05-04")];

function sessionNote(n: number, date: string, status: string, bringer: string, facilitator: string, noteTaker: string, extra = ""): string {
	return `---\nintervisie: session\ndate: ${date}\nnumber: ${n}\ntrajectory: "[[Team 2026]]"\nstatus: ${status}\ncase-bringers:\n  - ${bringer}\nfacilitator: ${facilitator}\nnote-taker: ${noteTaker}\n${extra}---\n## Notes\n\nAgenda for session ${n}.\n`;
}

function vault(overrides: Record<string, string> = {}): Record<string, string> {
	return {
		"Intervisie/Trajectories/Team 2026.md": `---\nintervisie: trajectory\nmembers:\n${MEMBERS.map((m) => `  - ${m}\n`).join("")}---\n`,
		[PATHS[0] ?? ""]: sessionNote(1, "2026-01-12", "held", "Anna", "Bram", "Carla"),
		[PATHS[1] ?? ""]: sessionNote(2, "2026-02-09", "planned", "Bram", "Carla", "Dirk"),
		[PATHS[2] ?? ""]: sessionNote(3, "2026-03-09", "planned", "Carla", "Dirk", "Eva", "tags:\n  - intervisie\n"),
		[PATHS[3] ?? ""]: sessionNote(4, "2026-04-06", "planned", "Dirk", "Eva", "Fatima"),
		[PATHS[4] ?? ""]: sessionNote(5, "2026-05-04", "planned", "Eva", "Fatima", "Anna"),
		...overrides,
	};
}

const path = (i: number) => PATHS[i - 1] ?? "";

describe("Move or cancel session", () => {
	it("moves the open session to a new date; later sessions keep theirs; other properties and the body stay", async () => {
		p = await startPlugin({ files: vault() });
		const before = vault();
		await p.h.openFile(path(3));
		await p.run("move-or-cancel-session");
		const modal = p.h.lastModal(MoveOrCancelModal);
		expect(textOf(modal)).toContain("Fill in the new date to see what will change.");
		fill(modal, "New date", "2026-03-16");
		expect(textOf(modal)).toContain("2026-03-09 Session 3: Date: 9\u00a0Mar\u00a02026 → 16\u00a0Mar\u00a02026");
		expect(textOf(modal)).toContain("No one's turn changes.");
		await p.submit(modal, "Move session 3 to 16\u00a0March\u00a02026");
		const text = p.h.readFile(path(3));
		expect(text).toContain("date: 2026-03-16\n");
		expect(text).toContain("tags:\n  - intervisie\n");
		expect(text.endsWith("---\n## Notes\n\nAgenda for session 3.\n")).toBe(true);
		for (const i of [1, 2, 4, 5]) expect(p.h.readFile(path(i))).toBe(before[path(i)]);
		expect(p.h.notices.at(-1)).toBe("2026-03-09 Session 3 is now on 16\u00a0March\u00a02026.");
	});

	it("asks which session when the open note is not one, and shifts later planned sessions when asked", async () => {
		p = await startPlugin({ files: vault() });
		await p.run("move-or-cancel-session");
		const picker = p.h.lastModal(SessionSuggestModal);
		const listed = await p.h.typeQuery(picker, "");
		expect(listed.map((m) => m.item.number)).toEqual([2, 3, 4, 5]);
		await p.h.choose(picker, "Session 3");
		const modal = p.h.lastModal(MoveOrCancelModal);
		fill(modal, "New date", "2026-03-23");
		toggle(modal, "Move later sessions too", true);
		expect(textOf(modal)).toContain("Session 5: Date: 4\u00a0May\u00a02026 → 18\u00a0May\u00a02026");
		await p.submit(modal, "Move session 3 to 23\u00a0March\u00a02026 with the later sessions");
		expect([3, 4, 5].map((i) => frontmatterOf(p.h, path(i)).date)).toEqual(["2026-03-23", "2026-04-20", "2026-05-18"]);
		expect(frontmatterOf(p.h, path(2)).date).toBe("2026-02-09");
		expect(p.h.notices.at(-1)).toBe("2026-03-09 Session 3 is now on 23\u00a0March\u00a02026; 2 later sessions moved too.");
	});

	it("refuses a date another session already has, and changes nothing", async () => {
		p = await startPlugin({ files: vault() });
		await p.h.openFile(path(3));
		await p.run("move-or-cancel-session");
		const modal = p.h.lastModal(MoveOrCancelModal);
		fill(modal, "New date", "2026-04-06");
		expect(textOf(modal)).toContain("2026-04-06 Session 4 is already on 6\u00a0April\u00a02026.");
		await p.submit(modal, "Apply");
		expect(p.h.openModals()).toContain(modal);
		expect(p.h.readFile(path(3))).toBe(vault()[path(3)]);
	});

	it("cancels a session and carries its case-bringer's turn forward; the last one is told there is no session left", async () => {
		p = await startPlugin({ files: vault() });
		await p.h.openFile(path(2));
		await p.run("move-or-cancel-session");
		const modal = p.h.lastModal(MoveOrCancelModal);
		fill(modal, "What to do", "Cancel this session");
		expect(textOf(modal)).toContain("Eva has no session left to bring a case.");
		const listed = Array.from(modal.contentEl.querySelectorAll(".intervisie-plan-files li")).map((li) => li.textContent?.slice(0, 10));
		expect(listed).toEqual([...listed].sort());
		const turns = Array.from(modal.contentEl.querySelectorAll(".intervisie-plan-turns li"), (li) => li.textContent);
		expect(turns).toContain("Bram brings a case in session 3 instead of session 2.");
		expect(turns).toContain("Eva no longer brings a case in session 5.");
		await p.submit(modal, "Cancel session 2 and move the turns on");
		expect(frontmatterOf(p.h, path(2))).toMatchObject({ status: "cancelled", "case-bringers": ["Bram"] });
		expect([3, 4, 5].map((i) => frontmatterOf(p.h, path(i))["case-bringers"])).toEqual([["Bram"], ["Carla"], ["Dirk"]]);
		for (const i of [3, 4, 5]) {
			const fm = frontmatterOf(p.h, path(i));
			expect(fm["case-bringers"]).not.toContain(fm.facilitator);
			expect(fm["case-bringers"]).not.toContain(fm["note-taker"]);
		}
		expect(p.h.readFile(path(3))).toContain("tags:\n  - intervisie\n");
		expect(p.h.notices.at(-1)).toBe("2026-02-09 Session 2 is cancelled; 3 later sessions changed. Eva has no session left to bring a case. Plan another session, or agree on another moment.");
	});

	it("leaves a session edited by hand alone: a later session marked held is not changed", async () => {
		const edited = sessionNote(4, "2026-04-06", "held", "Dirk", "Eva", "Fatima");
		p = await startPlugin({ files: vault({ [path(4)]: edited }) });
		await p.h.openFile(path(2));
		await p.run("move-or-cancel-session");
		const modal = p.h.lastModal(MoveOrCancelModal);
		fill(modal, "What to do", "Cancel this session");
		await p.submit(modal, "Cancel session 2 and move the turns on");
		expect(p.h.readFile(path(4))).toBe(edited);
		expect([3, 5].map((i) => frontmatterOf(p.h, path(i))["case-bringers"])).toEqual([["Bram"], ["Carla"]]);
		expect(p.h.notices.at(-1)).toContain("Eva has no session left");
	});

	it("gives the facilitator's role to another member when the carried case-bringer was to lead", async () => {
		p = await startPlugin({ files: vault({ [path(3)]: sessionNote(3, "2026-03-09", "planned", "Carla", "Bram", "Eva") }) });
		await p.h.openFile(path(2));
		await p.run("move-or-cancel-session");
		const modal = p.h.lastModal(MoveOrCancelModal);
		fill(modal, "What to do", "Cancel this session");
		expect(textOf(modal)).toContain("Case-bringers: Carla → Bram; Chair: Bram → Carla");
		expect(textOf(modal)).toContain("Carla chairs session 3 instead of session 2.");
		await p.submit(modal, "Cancel session 2 and move the turns on");
		expect(frontmatterOf(p.h, path(3))).toMatchObject({ "case-bringers": ["Bram"], facilitator: "Carla", "note-taker": "Eva" });
	});

	it("refuses a session that was held", async () => {
		p = await startPlugin({ files: vault() });
		await p.h.openFile(path(1));
		await p.run("move-or-cancel-session");
		expect(p.h.openModals().some((m) => m instanceof MoveOrCancelModal)).toBe(false);
		expect(p.h.notices.at(-1)).toBe("Only a planned session can be moved or cancelled; this one is held.");
	});
});
