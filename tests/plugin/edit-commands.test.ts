import { afterEach, describe, expect, it } from "vitest";
import { GoalStatusModal } from "../../src/plugin/modals/goal-status-modal";
import { GoalSuggestModal } from "../../src/plugin/modals/goal-suggest-modal";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";
import { TRAJECTORY_VAULT } from "./fixture-vault";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

const DAILY = "Daily/2026-03-05.md";

describe("Link note to learning goal", () => {
	it("adds the goal to the open note's goals and keeps every byte of its body", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT });
		await p.h.openFile(DAILY);
		await p.run("link-to-goal");
		const picker = p.h.lastModal(GoalSuggestModal);
		const listed = await p.h.typeQuery(picker, "");
		expect(listed.map((m) => m.item.title)).toEqual(["Old goal", "Say no", "Summarise"]);
		await p.h.choose(picker, "Summarise");
		await p.h.settle();
		expect(p.h.readFile(DAILY)).toBe('---\ngoals:\n  - "[[Summarise]]"\n---\nToday I summarised the meeting.\n\nSecond line stays.\n');
		expect(p.h.notices.at(-1)).toBe('Linked "2026-03-05" to "Summarise".');
	});

	it("does not add a goal twice, and keeps other properties and the ratings' positions", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT });
		const report = "Intervisie/Reports/2026-01-26 Report session 1.md";
		await p.h.openFile(report);
		await p.run("link-to-goal");
		await p.h.choose(p.h.lastModal(GoalSuggestModal), "Summarise");
		await p.h.settle();
		expect(p.h.notices.at(-1)).toBe('This note already links to "Summarise".');
		await p.run("link-to-goal");
		await p.h.choose(p.h.lastModal(GoalSuggestModal), "Say no");
		await p.h.settle();
		const text = p.h.readFile(report);
		expect(text).toContain('goals:\n  - "[[Summarise]]"\n  - "[[Say no]]"\nratings:\n  - 2\n');
		expect(text).toContain("date: 2026-01-26");
		expect(text.endsWith("- [ ] Summarise the Monday meeting 📅 2026-02-02\n- [x] Done thing\n")).toBe(true);
	});
});

describe("Set goal status", () => {
	it("sets the status of the open goal", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT });
		await p.h.openFile("Intervisie/Goals/Say no.md");
		await p.run("set-goal-status");
		await p.h.choose(p.h.lastModal(GoalStatusModal), "Achieved");
		await p.h.settle();
		expect(p.h.readFile("Intervisie/Goals/Say no.md")).toBe("---\nintervisie: goal\nstatus: achieved\n---\n");
	});

	it("asks which goal when the open note is not one", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT });
		await p.h.openFile(DAILY);
		await p.run("set-goal-status");
		await p.h.choose(p.h.lastModal(GoalSuggestModal), "Old goal");
		await p.h.choose(p.h.lastModal(GoalStatusModal), "Paused");
		await p.h.settle();
		expect(p.h.readFile("Intervisie/Goals/Old goal.md")).toContain("status: paused");
	});

	it("never writes a note of a newer schema, and says so", async () => {
		const newer = "---\nintervisie: goal\nschema: 2\nstatus: active\nfuture-field: {a: 1}\n---\nBody\n";
		p = await startPlugin({ files: { "G.md": newer } });
		await p.h.openFile("G.md");
		await p.run("set-goal-status");
		await p.h.choose(p.h.lastModal(GoalStatusModal), "Achieved");
		await p.h.settle();
		expect(p.h.readFile("G.md")).toBe(newer);
		expect(p.h.notices.at(-1)).toContain("newer version of this plugin");
	});
});

describe("Turn this note into …", () => {
	it("adds our properties to a plain note and keeps every byte of it", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT, today: "2026-03-05" });
		await p.h.openFile(DAILY);
		await p.run("turn-into-case");
		const text = p.h.readFile(DAILY);
		expect(text).toMatch(/^---\nintervisie: case\nid: case-20260305-\w{4}\nauthor: Sanne de Vries\nstatus: draft\ndate: 2026-03-05\nschema: 1\n---\n/);
		expect(text.endsWith("\nToday I summarised the meeting.\n\nSecond line stays.\n")).toBe(true);
	});

	it("keeps the properties a note already has, and their values", async () => {
		p = await startPlugin({ files: { "N.md": "---\ntags:\n  - werk\nstatus: concept\ncustom: 3\n---\n\n# Title\r\nCRLF body\r\n" } });
		await p.h.openFile("N.md");
		await p.run("turn-into-goal");
		const text = p.h.readFile("N.md");
		expect(text).toContain("tags:\n  - werk\n");
		expect(text).toContain("status: concept\n");
		expect(text).toContain("custom: 3\n");
		expect(text).toContain("intervisie: goal\n");
		expect(text.endsWith("---\n\n# Title\r\nCRLF body\r\n")).toBe(true);
	});

	it("refuses a note that is already ours", async () => {
		p = await startPlugin({ files: TRAJECTORY_VAULT });
		await p.h.openFile("Intervisie/Goals/Say no.md");
		await p.run("turn-into-report");
		expect(p.h.readFile("Intervisie/Goals/Say no.md")).toBe("---\nintervisie: goal\nstatus: active\n---\n");
		expect(p.h.notices.at(-1)).toBe('"Say no" is already an intervisie note.');
	});

	it("leaves a note with malformed YAML untouched and tells how to fix it", async () => {
		const broken = "---\ntitle: [unclosed\n---\nMy text\n";
		p = await startPlugin({ files: { "Broken.md": broken } });
		await p.h.openFile("Broken.md");
		await p.run("turn-into-goal");
		expect(p.h.readFile("Broken.md")).toBe(broken);
		expect(p.h.notices.at(-1)).toContain("cannot be read");
		expect(p.h.errors).toEqual([]);
	});

	it("asks to open a note first when none is open", async () => {
		p = await startPlugin();
		await p.run("turn-into-goal");
		expect(p.h.notices.at(-1)).toBe("Open a note first.");
	});
});
