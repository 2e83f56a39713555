import type { MarkdownView } from "obsidian";
import { afterEach, describe, expect, it, vi } from "vitest";
import { methodById } from "../../src/core/methods/catalogue";
import { RUN_VIEW_TYPE, RunSessionView } from "../../src/plugin/facilitation/run-session-view";
import { SessionSuggestModal } from "../../src/plugin/modals/session-suggest-modal";
import { ReportModal } from "../../src/plugin/modals/report-modal";
import { click, valueOf } from "../harness/form-driver";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const SESSION = "Intervisie/Sessions/2026-03-10 Session 4.md";
const SESSION_TEXT =
	'---\nintervisie: session\ndate: 2026-03-10\nnumber: 4\nstatus: planned\nmethod: incident-short\ncase-bringers:\n  - Joris Bakker\nfacilitator: Aylin Demir\nnote-taker: Sanne de Vries\ncases:\n  - "[[Saying no]]"\n---\n## Notes\n\n%% What the group found %%\n\n## Afterwards\n\nKept as it is.\n';
const FILES = {
	[SESSION]: SESSION_TEXT,
	"Intervisie/Sessions/2026-02-10 Session 3.md": "---\nintervisie: session\ndate: 2026-02-10\nnumber: 3\nstatus: held\n---\n",
	"Intervisie/Cases/Saying no.md": '---\nintervisie: case\nsession: "[[2026-03-10 Session 4]]"\nquestion: How can I say no?\nstatus: ready\n---\n',
};
const METHOD = methodById("incident-short");
const T0 = new Date(2026, 2, 10, 19, 0, 0).getTime();
const MIN = 60_000;

async function start(): Promise<{ view: RunSessionView; at: (minutes: number) => void }> {
	p = await startPlugin({ files: FILES, today: "2026-03-10" });
	let now = T0;
	p.plugin.clock = () => new Date(now);
	await p.h.openFile(SESSION);
	await p.run("run-session");
	return { view: runView(), at: (minutes) => (now = T0 + minutes * MIN) };
}

function runView(): RunSessionView {
	const views = p!.h.app.workspace.getLeavesOfType(RUN_VIEW_TYPE).map((leaf) => leaf.view);
	const view = views.find((v) => v instanceof RunSessionView);
	if (!(view instanceof RunSessionView)) throw new Error("The run view did not open");
	return view;
}

const text = (view: RunSessionView) => view.contentEl.textContent ?? "";
const runLog = () => {
	const block = /run-log:\n((?: {2}- .*\n)*)/.exec(p!.h.readFile(SESSION));
	return (block?.[1] ?? "").split("\n").filter(Boolean).map((line) => line.replace(/^ {2}- /, "").replace(/^"|"$/g, ""));
};

function typeNotes(view: RunSessionView, notes: string): void {
	const area = view.contentEl.querySelector("textarea");
	if (!area) throw new Error("No notes field");
	area.value = notes;
	area.dispatchEvent(new Event("input", { bubbles: true }));
}

async function press(view: RunSessionView, label: string): Promise<void> {
	click(view, label);
	await p!.h.settle();
}

describe("Run session", () => {
	it("walks through every phase on the clock, saving the timer and the notes in the session note", async () => {
		const { view, at } = await start();
		expect(text(view)).toContain("Start session");
		for (const step of METHOD.steps) expect(text(view)).toContain(step.name.en);
		expect(text(view)).toContain("Joris Bakker");
		expect(text(view)).toContain("Aylin Demir");

		await press(view, "Start session");
		expect(runLog()).toEqual([`${new Date(T0).toISOString().replace(".000Z", "Z")} phase ${METHOD.steps[0]!.id}`]);

		let minute = 0;
		for (const [i, step] of METHOD.steps.entries()) {
			expect(text(view)).toContain(`Phase ${i + 1} of ${METHOD.steps.length}`);
			expect(text(view)).toContain(step.purpose.en);
			minute += step.minutes - 1;
			at(minute);
			view.refresh();
			expect(text(view)).toContain("1:00 left");
			expect(text(view)).not.toContain("Over time");
			typeNotes(view, `Notes of ${step.id}`);
			if (i === METHOD.steps.length - 1) await press(view, "Finish session");
			else await press(view, "Next phase");
		}

		const note = p!.h.readFile(SESSION);
		expect(note).toContain("status: held");
		expect(runLog()).toHaveLength(METHOD.steps.length + 1);
		expect(runLog().at(-1)).toMatch(/ end$/);
		for (const step of METHOD.steps) expect(note).toContain(`### ${step.name.en}\n\nNotes of ${step.id}\n`);
		expect(note.indexOf(`### ${METHOD.steps[0]!.name.en}`)).toBeLessThan(note.indexOf(`### ${METHOD.steps[1]!.name.en}`));
		expect(note).toContain("%% What the group found %%");
		expect(note.endsWith("## Afterwards\n\nKept as it is.\n")).toBe(true);
		expect(text(view)).toContain("Session finished");
	});

	it("says in words when a phase runs over, and keeps the clock still while paused", async () => {
		const { view, at } = await start();
		await press(view, "Start session");
		const first = METHOD.steps[0]!;
		at(first.minutes + 2);
		view.refresh();
		expect(text(view)).toContain("Over time by 2:00");
		expect(view.contentEl.querySelector(".intervisie-run-overrun-flag")?.hasAttribute("hidden")).toBe(false);
		await press(view, "Pause");
		expect(text(view)).toContain("Paused");
		at(first.minutes + 40);
		view.refresh();
		expect(text(view)).toContain("Over time by 2:00");
		await press(view, "Resume");
		at(first.minutes + 41);
		view.refresh();
		expect(text(view)).toContain("Over time by 3:00");
		expect(runLog().map((e) => e.split(" ")[1])).toEqual(["phase", "pause", "resume"]);
	});

	it("resumes at the right time after the view or the app was closed", async () => {
		const { view, at } = await start();
		await press(view, "Start session");
		at(2);
		await press(view, "Next phase");
		view.leaf.detach();
		at(5);
		await p!.run("run-session");
		const again = runView();
		expect(text(again)).toContain(`Phase 2 of ${METHOD.steps.length}`);
		expect(again.contentEl.querySelector(".intervisie-run-elapsed")?.textContent).toBe("3:00");
	});

	it("writes notes through the open editor, debounced, and keeps what the editor holds", async () => {
		const { view } = await start();
		await press(view, "Start session");
		const leaf = p!.h.app.workspace.getLeaf("split");
		await leaf.openFile(p!.h.app.vault.getFileByPath(SESSION)!);
		const editorView = leaf.view as unknown as MarkdownView;
		editorView.editor.replaceRange("Typed in the editor.\n", { line: editorView.editor.lineCount() - 1, ch: 0 });
		await p!.h.settle();
		const process = vi.spyOn(p!.h.app.vault, "process");
		const modify = vi.spyOn(p!.h.app.vault, "modify");
		for (const partial of ["F", "Fi", "Fir", "First"]) typeNotes(view, partial);
		expect(editorView.editor.getValue()).not.toContain("First");
		await new Promise((resolve) => setTimeout(resolve, 1300));
		await p!.h.settle();
		const value = editorView.editor.getValue();
		expect(value).toContain(`### ${METHOD.steps[0]!.name.en}\n\nFirst\n`);
		expect(value).toContain("Typed in the editor.");
		expect(process).not.toHaveBeenCalled();
		expect(modify).toHaveBeenCalledTimes(1);
		expect(p!.h.readFile(SESSION)).toContain("First");
	});

	it("writes notes with Vault.process when the note is not open, touching nothing else", async () => {
		p = await startPlugin({ files: FILES, today: "2026-03-10" });
		await p.run("run-session");
		await p.h.choose(p.h.lastModal(SessionSuggestModal), "2026-03-10 Session 4");
		await p.h.settle();
		const view = runView();
		await press(view, "Start session");
		const before = p.h.readFile(SESSION);
		const process = vi.spyOn(p.h.app.vault, "process");
		typeNotes(view, "Bo asks what Joris wants.");
		await view.saveNow();
		await p.h.settle();
		expect(process).toHaveBeenCalledTimes(1);
		const heading = `### ${METHOD.steps[0]!.name.en}\n\nBo asks what Joris wants.\n\n`;
		expect(p.h.readFile(SESSION)).toBe(before.replace("## Afterwards", `${heading}## Afterwards`));
	});

	it("after the end marks a phase over time only when it ran over by more than its margin", async () => {
		const { view, at } = await start();
		await press(view, "Start session");
		let minute = 0;
		for (const [i, step] of METHOD.steps.entries()) {
			const margin = Math.max(step.minutes / 10, 1);
			minute += step.minutes + margin + (i === 0 ? 1 / 60 : 0);
			at(minute);
			await press(view, i === METHOD.steps.length - 1 ? "Finish session" : "Next phase");
		}
		const rows = Array.from(view.contentEl.querySelectorAll(".intervisie-run-summary tbody tr"));
		expect(rows.map((row) => row.querySelector(".is-overrun") !== null)).toEqual(METHOD.steps.map((_, i) => i === 0));
		expect(rows[0]?.textContent).toContain("over time");
		expect(rows[1]?.textContent).not.toContain("over time");
	});

	it("offers my report for this session and its case when the session is over", async () => {
		const { view } = await start();
		await press(view, "Start session");
		for (let i = 1; i < METHOD.steps.length; i++) await press(view, "Next phase");
		await press(view, "Finish session");
		click(view, "Write my report");
		await p!.h.settle();
		const form = p!.h.lastModal(ReportModal);
		expect(valueOf(form, "Session")).toBe(SESSION);
		expect(valueOf(form, "Case discussed")).toBe("Intervisie/Cases/Saying no.md");
		expect(valueOf(form, "My role")).toBe("participant");
	});

	it("asks which session to run when no session note is open, nearest first", async () => {
		p = await startPlugin({ files: FILES, today: "2026-03-10" });
		await p.run("run-session");
		const picker = p.h.lastModal(SessionSuggestModal);
		const listed = await p.h.typeQuery(picker, "");
		expect(listed.map((m) => m.item.title)).toEqual(["2026-03-10 Session 4", "2026-02-10 Session 3"]);
		await p.h.choose(picker, "2026-02-10 Session 3");
		await p.h.settle();
		expect(runView().getDisplayText()).toBe("Run: 2026-02-10 Session 3");
	});
});
