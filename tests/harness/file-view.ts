import type * as Obs from "../../node_modules/obsidian/obsidian";
import { Editor } from "./editor";
import { TFile } from "./files";
import { ItemView } from "./view";
import type { WorkspaceLeaf } from "./workspace-leaf";

/** A view showing one file; `setState({ file })` loads it. */
export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	override navigation = true;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
	}

	getDisplayText(): string {
		return this.file?.basename ?? "No file";
	}

	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	override async setState(state: unknown, result: Obs.ViewStateResult): Promise<void> {
		void result;
		const path = (state as { file?: unknown } | null)?.file;
		if (typeof path !== "string") return;
		const file = this.app.vault.getFileByPath(path);
		if (!file || file === this.file) return;
		if (this.file) await this.onUnloadFile(this.file);
		this.file = file;
		await this.onLoadFile(file);
	}

	async onLoadFile(file: TFile): Promise<void> {
		void file;
	}

	async onUnloadFile(file: TFile): Promise<void> {
		void file;
	}

	async onRename(file: TFile): Promise<void> {
		void file;
	}

	canAcceptExtension(extension: string): boolean {
		void extension;
		return false;
	}
}

export abstract class EditableFileView extends FileView {}

/** A file view holding the file's text; `requestSave` writes it a moment later. */
export abstract class TextFileView extends EditableFileView {
	data = "";
	requestSave: () => void;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.requestSave = () => this.app.scheduler.schedule(`save:${this.leaf.id}`, () => this.save());
	}

	override async onLoadFile(file: TFile): Promise<void> {
		this.data = await this.app.vault.read(file);
		this.setViewData(this.data, true);
	}

	override async onUnloadFile(file: TFile): Promise<void> {
		void file;
		await this.save();
	}

	async save(clear?: boolean): Promise<void> {
		const file = this.file;
		if (!file || this.app.vault.getFileByPath(file.path) !== file) return;
		this.data = this.getViewData();
		const onDisk = await this.app.vault.read(file);
		if (onDisk !== this.data) await this.app.vault.modify(file, this.data);
		if (clear) this.clear();
	}

	abstract getViewData(): string;

	abstract setViewData(data: string, clear: boolean): void;

	abstract clear(): void;
}

/** The markdown editor. Its `editor` holds the text; edits are saved to the vault a moment later. */
export class MarkdownView extends TextFileView {
	editor: Editor = new Editor();

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.editor.onDidChange = () => {
			this.data = this.editor.getValue();
			this.requestSave();
			this.app.workspace.trigger("editor-change", this.editor, this);
		};
		this.contentEl.addClass("markdown-source-view");
	}

	getViewType(): string {
		return "markdown";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, clear: boolean): void {
		void clear;
		this.data = data;
		this.editor.load(data);
	}

	clear(): void {
		this.editor.load("");
	}

	override canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}

	showSearch(replace?: boolean): void {
		void replace;
	}
}
