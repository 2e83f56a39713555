import { TFile } from "obsidian";
import type { Harness } from "../../tests/harness/harness";
import { click, fill, toggle } from "../../tests/harness/form-driver";
import type { FormLike } from "../../tests/harness/form-driver";
import type { PluginHarness } from "../../tests/plugin/plugin-harness";
import { RUN_STRINGS } from "../../src/core/i18n/run-strings";
import type { RunStep, Step } from "./demo-story";

export interface Driven {
	h: Harness;
	pluginId: string;
	setToday(day: string): void;
	/** Sets the plugin's clock to a moment. */
	setNow(date: Date): void;
}

async function untilClosed(h: Harness, modal: unknown): Promise<void> {
	for (let i = 0; i < 100 && h.openModals().some((m) => (m as unknown) === modal); i++) {
		await new Promise((resolve) => setTimeout(resolve, 0));
		await h.settle();
	}
	if (h.openModals().some((m) => (m as unknown) === modal)) throw new Error(`The form did not close; last notice: ${h.notices.at(-1) ?? "none"}`);
}

async function run(d: Driven, command: string): Promise<void> {
	if (!(await d.h.commands.run(`${d.pluginId}:${command}`))) throw new Error(`Command ${command} was not available`);
	await d.h.settle();
}

/** Types text under a heading of the note that was just created, as a person would in the editor. */
async function writeUnder(h: Harness, heading: string, text: string): Promise<void> {
	const file = h.app.workspace.getActiveFile();
	if (!(file instanceof TFile)) throw new Error("No note is open to write in");
	await h.app.vault.process(file, (data) => {
		const marker = `## ${heading}\n\n`;
		const at = data.indexOf(marker);
		if (at < 0) throw new Error(`No heading "${heading}" in ${file.path}`);
		const afterPrompt = data.indexOf("\n\n", at + marker.length);
		const insertAt = data.startsWith("%%", at + marker.length) && afterPrompt > 0 ? afterPrompt + 2 : at + marker.length;
		return `${data.slice(0, insertAt)}${text}\n\n${data.slice(insertAt)}`;
	});
	await h.settle();
}

/** The open facilitation view, driven through its DOM. */
export type RunViewLike = FormLike & { containerEl: HTMLElement; saveNow(): Promise<void>; refresh(): void };

export function findRunView(h: Harness): RunViewLike {
	const view = h.app.workspace.getLeavesOfType("intervisie-run")[0]?.view as unknown as RunViewLike | undefined;
	if (!view?.contentEl) throw new Error("Facilitation mode did not open");
	return view;
}

/** Clicks a button and lets what it started finish. */
export async function press(h: Harness, form: FormLike, label: string): Promise<void> {
	click(form, label);
	await h.settle();
}

/** Types the notes of the current phase and writes them at once. */
export async function typeRunNotes(view: RunViewLike, notes: string): Promise<void> {
	const area = view.contentEl.querySelector("textarea");
	if (!area) throw new Error("Facilitation mode has no notes field");
	area.value = notes;
	area.dispatchEvent(new Event("input", { bubbles: true }));
	await view.saveNow();
}

/** Clicks through facilitation mode as the note-taker would, a few minutes per phase (the demo runs in Dutch). */
async function runSession(d: Driven, step: RunStep): Promise<void> {
	const { h } = d;
	const t = RUN_STRINGS.nl;
	const [y, m, day] = step.day.split("-").map(Number);
	let now = new Date(y ?? 2026, (m ?? 1) - 1, day ?? 1, step.startAt[0], step.startAt[1]);
	d.setNow(now);
	await h.openFile(step.session);
	await run(d, "run-session");
	const view = findRunView(h);
	await press(h, view, t.start);
	for (const [i, phase] of step.phases.entries()) {
		now = new Date(now.getTime() + phase.minutes * 60_000);
		d.setNow(now);
		if (phase.notes) await typeRunNotes(view, phase.notes);
		await press(h, view, i === step.phases.length - 1 ? t.finish : t.next);
	}
	await press(h, view, t.writeReport);
	const modal = h.openModals().at(-1) as unknown as FormLike;
	for (const [label, value] of step.report.fields) fill(modal, label, value);
	click(modal, step.report.submit);
	await untilClosed(h, modal);
}

/** Drives the story through a plugin the test harness started. */
export function driveStoryIn(p: PluginHarness, story: readonly Step[]): Promise<void> {
	return driveStory({ h: p.h, pluginId: p.plugin.manifest.id, setToday: (day) => p.setToday(day), setNow: (date) => p.setNow(date) }, story);
}

export async function driveStory(d: Driven, story: readonly Step[]): Promise<void> {
	const { h } = d;
	for (const step of story) {
		d.setToday(step.day);
		switch (step.kind) {
			case "form": {
				await run(d, step.command);
				const modal = h.openModals().at(-1) as unknown as FormLike;
				for (const field of step.fields) {
					if ("click" in field) click(modal, field.click);
					else fill(modal, field[0], field[1]);
				}
				for (const label of step.toggles ?? []) toggle(modal, label, true);
				click(modal, step.submit);
				await untilClosed(h, modal);
				for (const [heading, text] of step.writes ?? []) await writeUnder(h, heading, text);
				break;
			}
			case "pick": {
				await h.openFile(step.open);
				await run(d, step.command);
				for (const choice of step.choices) {
					const picker = h.openModals().at(-1);
					if (!picker) throw new Error(`No list to choose "${choice}" from`);
					await h.choose(picker as never, choice);
					await h.settle();
				}
				break;
			}
			case "plain-note": {
				const folder = step.path.slice(0, step.path.lastIndexOf("/"));
				if (folder && !h.app.vault.getAbstractFileByPath(folder)) await h.app.vault.createFolder(folder);
				await h.app.vault.create(step.path, step.text);
				await h.settle();
				break;
			}
			case "plan": {
				await run(d, "plan-sessions");
				const modal = h.openModals().at(-1) as unknown as FormLike;
				for (const [label, value] of step.fields) fill(modal, label, value);
				for (const [label, on] of step.toggles) toggle(modal, label, on);
				for (const [session, column, value] of step.cells) {
					const input = modal.contentEl.querySelector<HTMLInputElement>(`tr[data-number="${session}"] input[data-column="${column}"]`);
					if (!input) throw new Error(`The plan has no ${column} for session ${session}`);
					input.value = value;
					input.dispatchEvent(new Event("input", { bubbles: true }));
				}
				click(modal, step.submit);
				await untilClosed(h, modal);
				break;
			}
			case "run":
				await runSession(d, step);
				break;
			case "share": {
				await h.openFile(step.open);
				await run(d, "share-with-group");
				const modal = h.openModals().at(-1) as unknown as FormLike;
				click(modal, step.submit);
				await untilClosed(h, modal);
				break;
			}
			case "property": {
				await h.app.fileManager.processFrontMatter(h.file(step.path), (fm: Record<string, unknown>) => Object.assign(fm, step.set));
				await h.settle();
				break;
			}
		}
	}
}
