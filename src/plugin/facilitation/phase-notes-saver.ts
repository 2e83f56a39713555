import type { App, Debouncer, TFile } from "obsidian";
import { debounce, MarkdownView } from "obsidian";
import { applyTextEdit, phaseNotesEdit, readPhaseNotes } from "../../core/facilitation/phase-notes";

export type SaveStatus = "idle" | "saving" | "saved" | "failed";

/** Where the phase notes go: the session note's notes section, one subsection per phase heading. */
export interface PhaseNotesPlace {
	file: TFile;
	section: string;
	/** Phase headings in the method's order. */
	phases: readonly string[];
}

/** Quiet time after the last keystroke before the note is written: sync and an open editor are not flooded. */
const SAVE_DELAY_MS = 1000;

/**
 * Writes what is typed per phase into the session note, debounced. Through the editor when the note is
 * open there (so its unsaved text and undo history stay intact), else through `Vault.process`.
 */
export class PhaseNotesSaver {
	private readonly pending = new Map<string, string>();
	private readonly later: Debouncer<[], void>;
	private writing: Promise<void> = Promise.resolve();

	constructor(
		private readonly app: App,
		private readonly place: PhaseNotesPlace,
		private readonly onStatus: (status: SaveStatus) => void,
	) {
		this.later = debounce(() => void this.flush(), SAVE_DELAY_MS, true);
	}

	/** Text typed for a phase; written after the quiet time. */
	type(phase: string, text: string): void {
		this.pending.set(phase, text);
		this.onStatus("saving");
		this.later();
	}

	/** Text not yet written for a phase, if any. */
	unsaved(phase: string): string | undefined {
		return this.pending.get(phase);
	}

	/** Writes everything pending now: on a phase change, pause, blur, when the app is hidden or the view closes. */
	flush(): Promise<void> {
		this.later.cancel();
		if (this.pending.size === 0) return this.writing;
		const batch = [...this.pending];
		this.pending.clear();
		this.writing = this.writing.then(() => this.write(batch));
		return this.writing;
	}

	/** The notes of a phase as the note has them now, from the open editor if there is one. */
	async read(phase: string): Promise<string> {
		const view = this.openView();
		const text = view ? view.editor.getValue() : await this.app.vault.cachedRead(this.place.file);
		return readPhaseNotes(text, this.place.section, phase) ?? "";
	}

	private async write(batch: [string, string][]): Promise<void> {
		const { section, phases } = this.place;
		try {
			const view = this.openView();
			for (const [phase, notes] of batch) {
				if (view) {
					const editor = view.editor;
					const edit = phaseNotesEdit(editor.getValue(), section, phases, phase, notes);
					if (edit.from !== edit.to || edit.insert !== "") editor.replaceRange(edit.insert, editor.offsetToPos(edit.from), editor.offsetToPos(edit.to));
					// Saved at once, so a property write that follows (the timer) starts from this text.
					await view.save();
				} else {
					await this.app.vault.process(this.place.file, (text) => applyTextEdit(text, phaseNotesEdit(text, section, phases, phase, notes)));
				}
			}
			this.onStatus(this.pending.size ? "saving" : "saved");
		} catch {
			// Keep the text and try again: nothing typed may be lost, newer typing wins.
			for (const [phase, notes] of batch) if (!this.pending.has(phase)) this.pending.set(phase, notes);
			this.onStatus("failed");
			this.later();
		}
	}

	private openView(): MarkdownView | null {
		for (const leaf of this.app.workspace.getLeavesOfType("markdown")) {
			const view = leaf.view;
			if (view instanceof MarkdownView && view.file?.path === this.place.file.path) return view;
		}
		return null;
	}
}
