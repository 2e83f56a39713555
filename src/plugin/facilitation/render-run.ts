import { setIcon } from "obsidian";
import type { RunModel } from "../../core/facilitation/run-model";
import type { RunStrings } from "../../core/i18n/run-strings";

export interface RunHandlers {
	start: () => void;
	previous: () => void;
	next: () => void;
	pause: () => void;
	resume: () => void;
	finish: () => void;
	writeReport: () => void;
	openNote: () => void;
}

/** The parts that change every second; filled by `fillClock` without rebuilding anything. */
const SLOT = "data-slot";

/**
 * What `renderRun` draws apart from the times `fillClock` sets: while this stays the same, moving the clock
 * is enough. After the end the times are plain text, so all of the model counts.
 */
export function layoutKey(model: RunModel): string {
	if (model.status === "ended") return JSON.stringify(model);
	const { status, method, people, current, canPrevious, canNext, isLast } = model;
	const rows = model.rows.map((row) => [row.id, row.name, row.minutes, row.progress]);
	const phase = current && [current.number, current.count, current.id, current.name, current.purpose, current.prompts];
	return JSON.stringify([status, method, people, rows, phase, canPrevious, canNext, isLast]);
}

/** Builds the whole view for the model's status and phase; `notesSlot` is where the caller puts the notes field. */
export function renderRun(el: HTMLElement, title: string, model: RunModel, t: RunStrings, on: RunHandlers): { root: HTMLElement; notesSlot: HTMLElement | null } {
	el.empty();
	const root = el.createDiv({ cls: "intervisie-run" });
	renderHeader(root, title, model, t);
	let notesSlot: HTMLElement | null = null;
	if (model.status === "not-started") renderStart(root, model, t, on);
	else if (model.status === "ended") renderEnded(root, model, t, on);
	else notesSlot = renderRunning(root, model, t, on);
	fillClock(root, model, t);
	return { root, notesSlot };
}

function renderHeader(root: HTMLElement, title: string, model: RunModel, t: RunStrings): void {
	const header = root.createDiv({ cls: "intervisie-run-header" });
	header.createEl("h2", { text: title, cls: "intervisie-run-title" });
	header.createDiv({ cls: "intervisie-run-meta", text: t.method(model.method.name, model.method.minutes) });
	const people = header.createEl("dl", { cls: "intervisie-run-people" });
	const person = (label: string, value: string) => {
		const item = people.createDiv();
		item.createEl("dt", { text: label });
		item.createEl("dd", { text: value || t.people.nobody });
	};
	person(t.people.caseBringers, model.people.caseBringers.join(", "));
	person(t.people.facilitator, model.people.facilitator ?? "");
	person(t.people.noteTaker, model.people.noteTaker ?? "");
}

function renderStart(root: HTMLElement, model: RunModel, t: RunStrings, on: RunHandlers): void {
	root.createEl("p", { cls: "intervisie-run-description", text: model.method.description });
	renderPhaseList(root, model, t);
	root.createEl("p", { cls: "intervisie-run-hint", text: t.startHint });
	const controls = root.createDiv({ cls: "intervisie-run-controls" });
	button(controls, t.start, "play", on.start, true);
}

function renderRunning(root: HTMLElement, model: RunModel, t: RunStrings, on: RunHandlers): HTMLElement {
	const current = model.current;
	const phase = root.createEl("section", { cls: "intervisie-run-phase" });
	const eyebrow = phase.createDiv({ cls: "intervisie-run-eyebrow" });
	eyebrow.createSpan({ text: current ? t.phaseOf(current.number, current.count) : "" });
	if (model.status === "paused") eyebrow.createSpan({ cls: "intervisie-run-paused", text: t.paused });
	const name = phase.createEl("h2", { cls: "intervisie-run-phase-name", text: current?.name ?? "" });
	name.setAttr("aria-live", "polite");
	if (current?.purpose) phase.createEl("p", { cls: "intervisie-run-purpose", text: current.purpose });
	if (current?.prompts.length) {
		const box = phase.createDiv({ cls: "intervisie-run-prompts" });
		box.createDiv({ cls: "intervisie-run-prompts-heading", text: t.prompts });
		const list = box.createEl("ul");
		for (const prompt of current.prompts) list.createEl("li", { text: prompt });
	}

	const clock = phase.createDiv({ cls: "intervisie-run-clock", attr: { [SLOT]: "phase-clock", role: "timer" } });
	const big = clock.createDiv({ cls: "intervisie-run-time" });
	big.createSpan({ cls: "intervisie-run-elapsed", attr: { [SLOT]: "phase-elapsed" } });
	big.createSpan({ cls: "intervisie-run-planned", attr: { [SLOT]: "phase-planned" } });
	clock.createEl("progress", { cls: "intervisie-run-progress", attr: { [SLOT]: "phase-progress", max: "1" } });
	const left = clock.createDiv({ cls: "intervisie-run-left" });
	const flag = left.createSpan({ cls: "intervisie-run-overrun-flag", attr: { [SLOT]: "overrun-flag" } });
	setIcon(flag.createSpan({ cls: "intervisie-run-overrun-icon" }), "alert-triangle");
	left.createSpan({ attr: { [SLOT]: "phase-remaining" } });
	const total = phase.createDiv({ cls: "intervisie-run-total" });
	total.createSpan({ text: `${t.total}: ` });
	total.createSpan({ attr: { [SLOT]: "total" } });

	const notes = root.createEl("section", { cls: "intervisie-run-notes" });

	const controls = root.createDiv({ cls: "intervisie-run-controls" });
	button(controls, t.previous, "arrow-left", on.previous, false, !model.canPrevious);
	if (model.status === "paused") button(controls, t.resume, "play", on.resume);
	else button(controls, t.pause, "pause", on.pause);
	if (model.isLast) button(controls, t.finish, "check", on.finish, true);
	else button(controls, t.next, "arrow-right", on.next, true, !model.canNext);

	const details = root.createEl("details", { cls: "intervisie-run-all-phases" });
	details.createEl("summary", { text: t.phases });
	renderPhaseList(details, model, t);
	return notes;
}

function renderEnded(root: HTMLElement, model: RunModel, t: RunStrings, on: RunHandlers): void {
	root.createEl("h3", { text: t.finished });
	root.createEl("p", { text: t.finishedHint });
	const table = root.createEl("table", { cls: "intervisie-run-summary" });
	const head = table.createEl("thead").createEl("tr");
	for (const label of [t.phases, t.planned, t.actual]) head.createEl("th", { text: label });
	const body = table.createEl("tbody");
	for (const row of model.rows) {
		const tr = body.createEl("tr");
		tr.createEl("td", { text: row.name });
		tr.createEl("td", { text: `${row.minutes} min` });
		tr.createEl("td", { text: row.overrun ? `${row.elapsed} (${t.overTime})` : row.elapsed, cls: row.overrun ? "is-overrun" : "" });
	}
	const foot = table.createEl("tfoot").createEl("tr");
	foot.createEl("td", { text: t.total });
	foot.createEl("td", { text: `${model.method.minutes} min` });
	foot.createEl("td", { text: model.total.elapsed });
	const controls = root.createDiv({ cls: "intervisie-run-controls" });
	button(controls, t.openNote, "file-text", on.openNote);
	button(controls, t.writeReport, "pencil", on.writeReport, true);
}

function renderPhaseList(el: HTMLElement, model: RunModel, t: RunStrings): void {
	const list = el.createEl("ol", { cls: "intervisie-run-phase-list" });
	model.rows.forEach((row, i) => {
		const item = list.createEl("li", { cls: `is-${row.progress}` });
		if (row.progress === "current") item.setAttr("aria-current", "step");
		item.createSpan({ cls: "intervisie-run-phase-list-name", text: row.name });
		const time = item.createSpan({ cls: "intervisie-run-phase-list-time" });
		if (model.status === "not-started") {
			time.setText(`${row.minutes} min`);
		} else {
			time.createSpan({ attr: { [SLOT]: `row-${i}` } });
			time.createSpan({ text: ` / ${row.minutes} min` });
		}
		if (model.status !== "not-started") item.createSpan({ cls: "intervisie-run-phase-list-state", text: t.phaseState[row.progress] });
	});
}

function button(el: HTMLElement, label: string, icon: string, onClick: () => void, cta = false, disabled = false): HTMLButtonElement {
	const b = el.createEl("button", { cls: cta ? "mod-cta" : "" });
	setIcon(b.createSpan({ cls: "intervisie-run-button-icon" }), icon);
	b.createSpan({ text: label });
	b.disabled = disabled;
	b.addEventListener("click", onClick);
	return b;
}

/** Sets every time on screen from the model; the over-time signal is words and an icon, not only colour. */
export function fillClock(root: HTMLElement, model: RunModel, t: RunStrings): void {
	const slot = (name: string) => root.querySelector<HTMLElement>(`[${SLOT}="${name}"]`);
	const current = model.current;
	if (current) {
		slot("phase-elapsed")?.setText(current.elapsed);
		slot("phase-planned")?.setText(` ${t.ofPlanned(current.planned)}`);
		slot("phase-remaining")?.setText(current.overrun ? t.overBy(current.remaining) : t.left(current.remaining));
		slot("phase-clock")?.toggleClass("is-overrun", current.overrun);
		const flag = slot("overrun-flag");
		if (flag) flag.hidden = !current.overrun;
		const progress = slot("phase-progress");
		if (progress instanceof HTMLProgressElement) progress.value = current.used;
	}
	const total = model.total;
	slot("total")?.setText(`${total.elapsed} ${t.ofPlanned(total.planned)} · ${total.overrun ? t.overBy(total.remaining) : t.left(total.remaining)}`);
	model.rows.forEach((row, i) => {
		const cell = slot(`row-${i}`);
		cell?.setText(row.elapsed);
		cell?.parentElement?.parentElement?.toggleClass("is-overrun", row.overrun);
	});
}
