import { afterEach, describe, expect, it, vi } from "vitest";
import { methodById } from "../../src/core/methods/catalogue";
import { RUN_VIEW_TYPE, RunSessionView } from "../../src/plugin/facilitation/run-session-view";
import { click } from "../harness/form-driver";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness | null = null;
afterEach(async () => {
	await p?.h.dispose();
	p = null;
});

const SESSION = "Intervisie/Sessions/2026-03-10 Session 4.md";
const SESSION_TEXT =
	"---\nintervisie: session\ndate: 2026-03-10\nnumber: 4\nstatus: planned\nmethod: incident-short\ncase-bringers:\n  - Joris Bakker\nfacilitator: Aylin Demir\nnote-taker: Sanne de Vries\nmood: calm\n---\n## Notes\n\n## Afterwards\n\nKept as it is.\n";
const METHOD = methodById("incident-short");
const QUESTION_STEP = METHOD.steps.findIndex((step) => step.questionRound);
const T0 = new Date(2026, 2, 10, 19, 0, 0).getTime();

async function start(language = "en", text = SESSION_TEXT): Promise<RunSessionView> {
	p = await startPlugin({ files: { [SESSION]: text }, today: "2026-03-10", language });
	p.plugin.clock = () => new Date(T0);
	await p.h.openFile(SESSION);
	await p.run("run-session");
	return runView();
}

function runView(): RunSessionView {
	const view = p!.h.app.workspace.getLeavesOfType(RUN_VIEW_TYPE).map((leaf) => leaf.view).find((v) => v instanceof RunSessionView);
	if (!(view instanceof RunSessionView)) throw new Error("The run view did not open");
	return view;
}

async function press(view: RunSessionView, label: string): Promise<void> {
	click(view, label);
	await p!.h.settle();
}

async function toQuestionRound(view: RunSessionView, labels: { start: string; next: string }): Promise<void> {
	await press(view, labels.start);
	for (let i = 0; i < QUESTION_STEP; i++) await press(view, labels.next);
}

function typeNotes(view: RunSessionView, notes: string): void {
	const area = view.contentEl.querySelector("textarea");
	if (!area) throw new Error("No notes field");
	area.value = notes;
	area.dispatchEvent(new Event("input", { bubbles: true }));
}

const items = (view: RunSessionView) =>
	[...view.contentEl.querySelectorAll(".intervisie-question")].map((li) => [li.querySelector(".intervisie-question-kind")?.textContent, li.querySelector(".intervisie-question-text")?.textContent]);
const panelText = (view: RunSessionView) => view.contentEl.querySelector(".intervisie-questions")?.textContent ?? "";

const QUESTIONS = ["Wat maakte dat je stil bleef? (+)", "Heb je al overwogen om het te delegeren?", "Sanne: Heb je het gezegd?", "Don't you think he tests you?", "Interessant"].join("\n");

describe("the question coach in facilitation mode", () => {
	it("shows beside the notes each question with its kind in words and the running tally, in English", async () => {
		const view = await start();
		await press(view, "Start session");
		expect(view.contentEl.querySelector(".intervisie-questions")).toBeNull();
		for (let i = 0; i < QUESTION_STEP; i++) await press(view, "Next phase");
		expect(panelText(view)).toContain("Type one question a line");
		typeNotes(view, QUESTIONS);
		expect(items(view)).toEqual([
			["open", "Wat maakte dat je stil bleef?"],
			["advice", "Heb je al overwogen om het te delegeren?"],
			["closed", "Sanne: Heb je het gezegd?"],
			["leading", "Don't you think he tests you?"],
			["no kind", "Interessant"],
		]);
		expect(panelText(view)).toContain("1 open · 1 closed · 1 advice · 1 leading · 1 without a kind · 1 helped");
		expect(panelText(view)).toContain("One question was advice: ask the asker to turn it into an open question.");
		expect(view.contentEl.querySelector(".intervisie-question-helped")?.textContent).toBe("(+) helped");
		expect(view.contentEl.querySelector(".intervisie-question.is-advice .intervisie-question-reason")?.textContent).toContain("A solution wrapped in a question");
	});

	it("speaks Dutch in a Dutch Obsidian", async () => {
		const view = await start("nl");
		await toQuestionRound(view, { start: "Bijeenkomst starten", next: "Volgende fase" });
		typeNotes(view, QUESTIONS);
		expect(items(view).map(([kind]) => kind)).toEqual(["open", "verkapt advies", "gesloten", "sturend", "geen soort"]);
		expect(panelText(view)).toContain("1 open · 1 gesloten · 1 verkapt advies · 1 sturend · 1 zonder soort · 1 hielp");
		expect(panelText(view)).toContain("Eén vraag was een verkapt advies");
	});

	it("writes the tally as numbers in the same property write as the timer's event when the phase ends", async () => {
		const view = await start();
		await toQuestionRound(view, { start: "Start session", next: "Next phase" });
		typeNotes(view, QUESTIONS);
		const writes = vi.spyOn(p!.h.app.fileManager, "processFrontMatter");
		await press(view, "Next phase");
		expect(writes).toHaveBeenCalledTimes(1);
		const note = p!.h.readFile(SESSION);
		expect(note).toContain("questions-open: 1\nquestions-closed: 1\nquestions-advice: 1\nquestions-leading: 1\nquestions-helped: 1\n");
		expect(note).toContain(`phase ${METHOD.steps[QUESTION_STEP + 1]!.id}`);
		expect(note).toContain("mood: calm");
		expect(note).toContain("Wat maakte dat je stil bleef? (+)");
		expect(note.endsWith("## Afterwards\n\nKept as it is.\n")).toBe(true);
		expect(p!.h.app.metadataCache.getFileCache(p!.h.file(SESSION))?.frontmatter?.["questions-open"]).toBe(1);

		// A phase change that leaves the tally as it was writes only the event.
		writes.mockClear();
		await press(view, "Next phase");
		expect(writes).toHaveBeenCalledTimes(1);
		const after = p!.h.readFile(SESSION);
		expect(after).toContain(`phase ${METHOD.steps[QUESTION_STEP + 2]!.id}`);
		expect(after.replace(/run-log:\n(?: {2}- .*\n)*/, "")).toBe(note.replace(/run-log:\n(?: {2}- .*\n)*/, ""));
	});

	it("counts again when the view opens on a note whose question-round notes were edited by hand", async () => {
		const view = await start();
		await toQuestionRound(view, { start: "Start session", next: "Next phase" });
		typeNotes(view, QUESTIONS);
		await press(view, "Next phase");
		view.leaf.detach();
		const edited = p!.h.readFile(SESSION).replace("Heb je al overwogen om het te delegeren?", "Hoe voelde dat? (+)");
		p!.h.writeFile(SESSION, edited);
		await p!.h.settle();
		await p!.h.openFile(SESSION);
		await p!.run("run-session");
		await p!.h.settle();
		const note = p!.h.readFile(SESSION);
		expect(note).toContain("questions-open: 2\nquestions-closed: 1\nquestions-advice: 0\nquestions-leading: 1\nquestions-helped: 2\n");
		expect(note).toContain("Hoe voelde dat? (+)");
	});

	it("leaves a note without question-round notes untouched when the view opens", async () => {
		await start();
		await p!.h.settle();
		expect(p!.h.readFile(SESSION)).toBe(SESSION_TEXT);
	});
});
