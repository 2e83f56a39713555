import { afterEach, describe, expect, it } from "vitest";
import { fill, textOf, valueOf } from "../harness/form-driver";
import { GoalModal } from "../../src/plugin/modals/goal-modal";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness;
afterEach(async () => p?.h.dispose());

describe("New learning goal", () => {
	it("creates the goal in one write with its final frontmatter and the answers in the body", async () => {
		p = await startPlugin({ language: "nl" });
		await p.run("new-goal");
		const modal = p.h.lastModal(GoalModal);
		fill(modal, "Korte naam", "Samenvatten in overleg");
		fill(modal, "Wat ga je doen?", "Ik vat aan het eind van elk teamoverleg de besluiten samen.");
		fill(modal, "Waar en wanneer?", "In het werkoverleg op maandag");
		fill(modal, "Streefdatum", "2026-06-30");
		fill(modal, "Waar je nu staat", "4");
		fill(modal, "Waar je wilt staan", "8");
		await p.submit(modal, "Leerdoel maken");
		const text = p.h.readFile("Intervisie/Leerdoelen/Samenvatten in overleg.md");
		expect(text).toMatch(/^---\nintervisie: goal\nid: goal-20260310-\w{4}\nauthor: Sanne de Vries\nstatus: active\ncreated: 2026-03-10\ndeadline: 2026-06-30\nbaseline: 4\ntarget: 8\nschema: 1\n---\n/);
		expect(text).toContain("## Wat ik ga doen\n\nIk vat aan het eind van elk teamoverleg de besluiten samen.");
		expect(text).toContain("## Waar en wanneer\n\nIn het werkoverleg op maandag");
		expect(p.h.notices.some((n) => n.includes("Samenvatten in overleg.md"))).toBe(true);
		expect(p.h.app.workspace.getActiveFile()?.path).toBe("Intervisie/Leerdoelen/Samenvatten in overleg.md");
	});

	it("coaches while typing, in the interface language, without blocking", async () => {
		p = await startPlugin({ language: "en" });
		await p.run("new-goal");
		const modal = p.h.lastModal(GoalModal);
		expect(textOf(modal)).not.toContain("Tips for a strong goal");
		fill(modal, "What will you do?", "I want to get better at listening and not interrupt.");
		const hints = textOf(modal);
		expect(hints).toContain("Tips for a strong goal");
		const before = modal.contentEl.querySelectorAll(".intervisie-coaching li").length;
		expect(before).toBeGreaterThanOrEqual(4);
		fill(modal, "What will you do?", "I summarise the decisions at the end of every Monday team meeting until the end of June.");
		const after = modal.contentEl.querySelectorAll(".intervisie-coaching li").length;
		expect(after).toBeLessThan(before);
		fill(modal, "Short name", "Poor goal");
		fill(modal, "What will you do?", "I want to get better.");
		await p.submit(modal, "Create goal");
		expect(p.h.exists("Intervisie/Goals/Poor goal.md")).toBe(true);
	});

	it("shows each tip under the field it is about, so it stays in sight while that field is typed in", async () => {
		p = await startPlugin({ language: "en" });
		await p.run("new-goal");
		const modal = p.h.lastModal(GoalModal);
		fill(modal, "What will you do?", "I summarise the decisions aloud.");
		const panelAfter = (label: string) => {
			const item = Array.from(modal.contentEl.querySelectorAll(".setting-item")).find((el) => el.querySelector(".setting-item-name")?.textContent === label);
			const next = item?.nextElementSibling;
			return next?.classList.contains("intervisie-coaching") ? (next.textContent ?? "") : null;
		};
		const whereWhen = panelAfter("Where and when?");
		const deadline = panelAfter("Target date");
		expect(whereWhen).not.toBe("");
		expect(deadline).not.toBe("");
		expect(panelAfter("What will you do?")).not.toContain(whereWhen ?? "-");
		fill(modal, "Where and when?", "In the Monday team meeting");
		expect(panelAfter("Where and when?")).toBe("");
		fill(modal, "Target date", "2026-06-30");
		expect(panelAfter("Target date")).toBe("");
	});

	it("keeps what was typed when the modal is closed any way, and brings it back", async () => {
		p = await startPlugin({ language: "en" });
		await p.run("new-goal");
		let modal = p.h.lastModal(GoalModal);
		fill(modal, "Short name", "Delegate");
		fill(modal, "Why does this matter to you?", "A long paragraph about why this matters to me.");
		modal.close();
		await p.h.settle();
		await p.run("new-goal");
		modal = p.h.lastModal(GoalModal);
		expect(valueOf(modal, "Why does this matter to you?")).toBe("A long paragraph about why this matters to me.");
		expect(textOf(modal)).toContain("Your unfinished text is back.");
		await p.submit(modal, "Create goal");
		await p.run("new-goal");
		expect(valueOf(p.h.lastModal(GoalModal), "Short name")).toBe("");
	});

	it("keeps the draft in data.json, so a killed app loses nothing", async () => {
		p = await startPlugin({ language: "en" });
		await p.run("new-goal");
		fill(p.h.lastModal(GoalModal), "Short name", "Say no");
		await new Promise((resolve) => setTimeout(resolve, 600));
		const data = JSON.parse(p.h.readFile(".obsidian/plugins/intervisie-journal/data.json")) as { drafts: Record<string, Record<string, string>> };
		expect(data.drafts.goal?.name).toBe("Say no");
	});

	it("asks for the user's name the first time and saves it", async () => {
		p = await startPlugin({ language: "en", myName: null });
		await p.run("new-goal");
		const modal = p.h.lastModal(GoalModal);
		fill(modal, "Short name", "Ask more");
		await p.submit(modal, "Create goal");
		expect(p.h.openModals()).toContain(modal);
		expect(p.h.notices.at(-1)).toContain("Fill in your name first");
		fill(modal, "Your name", "Joris Bakker");
		await p.submit(modal, "Create goal");
		expect(p.h.readFile("Intervisie/Goals/Ask more.md")).toContain("author: Joris Bakker");
	});

	it("never overwrites an existing note: a taken name gets a numbered suffix", async () => {
		p = await startPlugin({ language: "en", files: { "Intervisie/Goals/listen.md": "my own words\n" } });
		await p.run("new-goal");
		const modal = p.h.lastModal(GoalModal);
		fill(modal, "Short name", "Listen?");
		await p.submit(modal, "Create goal");
		expect(p.h.readFile("Intervisie/Goals/listen.md")).toBe("my own words\n");
		expect(p.h.exists("Intervisie/Goals/Listen ~2.md")).toBe(true);
	});

	it("refuses a goal without a name with a notice and keeps the modal open with the input", async () => {
		p = await startPlugin({ language: "en" });
		await p.run("new-goal");
		const modal = p.h.lastModal(GoalModal);
		fill(modal, "Why does this matter to you?", "Because.");
		await p.submit(modal, "Create goal");
		expect(p.h.openModals()).toContain(modal);
		expect(p.h.notices.at(-1)).toBe("Short name is needed.");
		expect(valueOf(modal, "Why does this matter to you?")).toBe("Because.");
	});
});

describe("New learning goal within a trajectory", () => {
	it("offers baseline and target on the trajectory's scale, and the default scale without one", async () => {
		p = await startPlugin({ language: "en", files: { "T.md": "---\nintervisie: trajectory\nscale-min: 1\nscale-max: 5\n---\n" } });
		await p.run("new-goal");
		const modal = p.h.lastModal(GoalModal);
		const options = () => Array.from(modal.contentEl.querySelectorAll("select")).find((s) => s.closest(".setting-item")?.textContent?.includes("Where you want to be"))?.options.length;
		expect(options()).toBe(6);
		fill(modal, "Trajectory", "");
		expect(options()).toBe(11);
	});
});
