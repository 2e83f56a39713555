import { TFile } from "obsidian";
import type { ViewStateResult, WorkspaceLeaf } from "obsidian";
import type { RunEvent } from "../../core/facilitation/run-log";
import type { RunModel } from "../../core/facilitation/run-model";
import { buildRunModel } from "../../core/facilitation/run-model";
import type { RunAction } from "../../core/facilitation/run-state";
import { eventsFor, runState } from "../../core/facilitation/run-state";
import { QUESTION_STRINGS, type QuestionStrings } from "../../core/i18n/question-strings";
import { RUN_STRINGS } from "../../core/i18n/run-strings";
import type { RunStrings } from "../../core/i18n/run-strings";
import type { IntervisieMethod } from "../../core/methods/method";
import type { SessionNote } from "../../core/schema/notes";
import { LiveView } from "../live-view";
import type { Services } from "../services";
import { uiLanguage } from "../ui-language";
import { judgeQuestionRound } from "../../core/questions/question-round";
import { sessionQuestionTally } from "../../core/questions/session-tally";
import { keepsTally, setTally, tallyProperties } from "../../core/schema/session-properties";
import type { TallyProperties } from "../../core/schema/session-properties";
import { editFrontmatter } from "../frontmatter-editor";
import { PhaseNotesSaver } from "./phase-notes-saver";
import type { SaveStatus } from "./phase-notes-saver";
import { renderQuestionList } from "./render-questions";
import { fillClock, layoutKey, renderRun } from "./render-run";
import { appendRunEvents, savedRunEvents } from "./run-log-store";

export const RUN_VIEW_TYPE = "intervisie-run";

export interface RunSessionDeps {
	services: Services;
	/** Hears of every change the index sees (a session note, a method note); returns the way to stop. */
	subscribe(listener: () => void): () => void;
	/** The method a session runs with: the session's, else the default; a group's own methods included. */
	methodFor(id: string | null): IntervisieMethod;
	/** Opens the report form for this session, pre-filled. */
	writeReport(sessionPath: string): void;
}

/**
 * Facilitation mode: walks through the method's phases of one session. The timer lives in the session note
 * as timestamps, so the view only ever recomputes; nothing here is lost when it closes or the app is killed.
 * A live view: it redraws once per change of the index while shown; the clock's tick only moves the times.
 */
export class RunSessionView extends LiveView {
	private path: string | null = null;
	private events: RunEvent[] = [];
	private writes = 0;
	private saver: PhaseNotesSaver | null = null;
	/** What is on screen: a message, or the note, language and layout of the model the run was built from. */
	private shownKey = "";
	private root: HTMLElement | null = null;
	private notes: { phase: string; area: HTMLTextAreaElement; status: HTMLElement } | null = null;

	constructor(
		leaf: WorkspaceLeaf,
		private readonly deps: RunSessionDeps,
	) {
		super(leaf);
	}

	getViewType(): string {
		return RUN_VIEW_TYPE;
	}

	getDisplayText(): string {
		const file = this.file();
		return file ? this.t().title(file.basename) : this.t().viewName;
	}

	getIcon(): string {
		return "timer";
	}

	async onOpen(): Promise<void> {
		this.contentEl.addClass("intervisie-run-view");
		this.registerInterval(window.setInterval(() => this.tick(), 1000));
		// The note's change reaches the index as well, which then redraws: here the view only takes over the events, or the new path.
		this.registerEvent(
			this.app.metadataCache.on("changed", (file) => {
				if (file.path === this.path) this.adoptSaved();
			}),
		);
		this.registerEvent(
			this.app.vault.on("rename", (file, oldPath) => {
				if (oldPath === this.path) void this.follow(file.path);
			}),
		);
		// A phone going to sleep may never wake this app again: write what was typed now.
		this.registerDomEvent(document, "visibilitychange", () => {
			if (document.visibilityState === "hidden") void this.saver?.flush();
		});
		this.startFollowing();
	}

	protected listen(changed: () => void): () => void {
		return this.deps.subscribe(changed);
	}

	async onClose(): Promise<void> {
		this.stopFollowing();
		await this.saver?.flush();
		this.shownKey = "";
		this.root = null;
		this.contentEl.empty();
	}

	getState(): Record<string, unknown> {
		return { ...super.getState(), file: this.path };
	}

	async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const file = (state as { file?: unknown } | null)?.file;
		if (typeof file === "string" && file !== this.path) {
			await this.follow(file);
			const found = this.file();
			this.events = found ? savedRunEvents(this.app, found) : [];
			if (found) void this.recountQuestions(found);
		}
		await super.setState(state, result);
		if (this.following) this.refresh();
	}

	/** Moves to another note (or the same one renamed): what was typed for the old path is written first. */
	private follow(path: string): Promise<void> {
		const written = this.saver?.flush() ?? Promise.resolve();
		this.path = path;
		this.saver = null;
		return written;
	}

	/** Writes typed notes now instead of after the quiet time: for tests and the demo. */
	saveNow(): Promise<void> {
		return this.saver?.flush() ?? Promise.resolve();
	}

	/** Draws the view; rebuilds only when the phase or status changed, else only the clock moves. */
	refresh(): void {
		const file = this.file();
		const session = file ? this.session(file) : null;
		if (!file || !session) {
			this.showMessage(this.path ? this.t().sessionGone : this.t().noSession);
			return;
		}
		const { method, model } = this.model(session);
		const key = this.keyOf(file, model);
		if (key === this.shownKey && this.root) {
			fillClock(this.root, model, this.t());
			return;
		}
		this.shownKey = key;
		void this.saver?.flush();
		this.notes = null;
		const { root, notesSlot } = renderRun(this.contentEl, file.basename, model, this.t(), {
			start: () => void this.act("start", method),
			previous: () => void this.act("previous", method),
			next: () => void this.act("next", method),
			pause: () => void this.act("pause", method),
			resume: () => void this.act("resume", method),
			finish: () => void this.act("end", method),
			writeReport: () => this.deps.writeReport(file.path),
			openNote: () => void this.app.workspace.getLeaf("tab").openFile(file),
		});
		this.root = root;
		const step = method.steps.find((s) => s.id === model.current?.id);
		if (!notesSlot || !step) return;
		const phase = step.name[this.notesLanguage()];
		if (!step.questionRound) {
			this.renderNotes(notesSlot, file, method, phase);
			return;
		}
		notesSlot.addClass("has-questions");
		const main = notesSlot.createDiv({ cls: "intervisie-run-notes-main" });
		const panel = notesSlot.createDiv({ cls: "intervisie-questions", attr: { role: "region", "aria-label": this.questionStrings().listTitle } });
		this.renderNotes(main, file, method, phase, (text) => renderQuestionList(panel, judgeQuestionRound(text), uiLanguage()));
	}

	/**
	 * Every second: the times on screen move, and nothing is rebuilt. What would change the layout (an action,
	 * a change of the note) draws on its own, so a tick that finds another layout leaves it to that draw.
	 */
	private tick(): void {
		if (!this.root || !this.containerEl.isShown()) return;
		const file = this.file();
		const session = file ? this.session(file) : null;
		if (!file || !session) return;
		const { model } = this.model(session);
		if (this.keyOf(file, model) === this.shownKey) fillClock(this.root, model, this.t());
	}

	/** What is drawn apart from the times: the note, the language and the layout of the run. */
	private keyOf(file: TFile, model: RunModel): string {
		return `${file.path}|${uiLanguage()}|${layoutKey(model)}`;
	}

	private renderNotes(slot: HTMLElement, file: TFile, method: IntervisieMethod, phase: string, onText?: (text: string) => void): void {
		const t = this.t();
		const saver = this.saverFor(file, method);
		const id = "intervisie-run-notes-field";
		slot.createEl("label", { text: t.notes, attr: { for: id } });
		const area = slot.createEl("textarea", { cls: "intervisie-run-notes-field", attr: { id, rows: "6" } });
		const foot = slot.createDiv({ cls: "intervisie-run-notes-foot" });
		foot.createSpan({ text: t.notesHint });
		const status = foot.createSpan({ cls: "intervisie-run-save-status", attr: { "aria-live": "polite" } });
		this.notes = { phase, area, status };
		let touched = false;
		const unsaved = saver.unsaved(phase);
		onText?.(unsaved ?? "");
		if (unsaved !== undefined) {
			area.value = unsaved;
			touched = true;
		} else {
			void saver.read(phase).then((text) => {
				if (touched || this.notes?.area !== area) return;
				area.value = text;
				onText?.(text);
			});
		}
		area.addEventListener("input", () => {
			touched = true;
			saver.type(phase, area.value);
			onText?.(area.value);
		});
		area.addEventListener("blur", () => void saver.flush());
	}

	private saverFor(file: TFile, method: IntervisieMethod): PhaseNotesSaver {
		const language = this.notesLanguage();
		const phases = method.steps.map((s) => s.name[language]);
		if (!this.saver) {
			const section = this.deps.services.noteTexts().session.notes;
			this.saver = new PhaseNotesSaver(this.app, { file, section, phases }, (status) => this.showSaveStatus(status));
		}
		return this.saver;
	}

	private showSaveStatus(status: SaveStatus): void {
		const t = this.t();
		const text = status === "saving" ? t.saving : status === "saved" ? t.saved : status === "failed" ? t.saveFailed : "";
		this.notes?.status.setText(text);
	}

	private async act(action: RunAction, method: IntervisieMethod): Promise<void> {
		const file = this.file();
		if (!file) return;
		await this.saver?.flush();
		const now = Math.floor(this.deps.services.clock().getTime() / 1000) * 1000;
		const added = eventsFor(action, runState(method.steps, this.events, now), method.steps, now);
		if (added.length === 0) return;
		this.events = [...this.events, ...added];
		this.refresh();
		this.writes++;
		const tally = action === "start" || action === "pause" || action === "resume" ? {} : await this.changedTally(file, method);
		const saved = await appendRunEvents(this.app, file, added, tally).finally(() => this.writes--);
		// A refused write changes nothing in the vault, so no change of the index will redraw.
		if (!saved && this.adoptSaved()) this.refresh();
	}

	/** The question rounds' tally as the note's text has it now, when the note keeps another; else nothing to write. */
	private async changedTally(file: TFile, method: IntervisieMethod): Promise<Partial<TallyProperties>> {
		try {
			const section = this.deps.services.noteTexts().session.notes;
			const tally = sessionQuestionTally(await this.app.vault.read(file), section, method.steps, this.notesLanguage());
			const frontmatter = this.app.metadataCache.getFileCache(file)?.frontmatter;
			return tally === null || keepsTally(frontmatter, tally) ? {} : tallyProperties(tally);
		} catch {
			return {};
		}
	}

	/** Question-round notes edited by hand since the tally was written: count again when the view opens on the note. */
	private async recountQuestions(file: TFile): Promise<void> {
		const session = this.session(file);
		if (!session) return;
		const properties = await this.changedTally(file, this.deps.methodFor(session.method));
		if (Object.keys(properties).length > 0 && this.file() === file) await editFrontmatter(this.app, file, setTally(properties));
	}

	/**
	 * Takes over what the note says (another device, or a refused write), unless our own write is on its way;
	 * says whether the events changed.
	 */
	private adoptSaved(): boolean {
		const file = this.file();
		if (!file || this.writes > 0) return false;
		const saved = savedRunEvents(this.app, file);
		if (JSON.stringify(saved) === JSON.stringify(this.events)) return false;
		this.events = saved;
		return true;
	}

	private model(session: SessionNote): { method: IntervisieMethod; model: RunModel } {
		const method = this.deps.methodFor(session.method);
		const model = buildRunModel({
			method,
			events: this.events,
			now: this.deps.services.clock().getTime(),
			language: uiLanguage(),
			people: { caseBringers: session.caseBringers, facilitator: session.facilitator, noteTaker: session.noteTaker ?? null },
		});
		return { method, model };
	}

	private session(file: TFile): SessionNote | null {
		const note = this.deps.services.index().note(file.path);
		return note?.kind === "session" ? note : null;
	}

	private file(): TFile | null {
		const file = this.path ? this.app.vault.getAbstractFileByPath(this.path) : null;
		return file instanceof TFile ? file : null;
	}

	/** Stands in for the run; drawn once, not on every tick of the clock. */
	private showMessage(text: string): void {
		const key = `message|${text}`;
		if (key === this.shownKey) return;
		this.shownKey = key;
		this.root = null;
		this.notes = null;
		this.contentEl.empty();
		this.contentEl.createDiv({ cls: "intervisie-run" }).createEl("p", { cls: "intervisie-run-hint", text });
	}

	private notesLanguage() {
		return this.deps.services.settings().notesLanguage;
	}

	private t(): RunStrings {
		return RUN_STRINGS[uiLanguage()];
	}

	private questionStrings(): QuestionStrings {
		return QUESTION_STRINGS[uiLanguage()];
	}
}
