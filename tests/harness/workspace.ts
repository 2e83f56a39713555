import type * as Obs from "../../node_modules/obsidian/obsidian";
import type { App } from "./app";
import { debounce } from "./debounce";
import "./dom";
import { Events } from "./events";
import { FileView, MarkdownView } from "./file-view";
import { TAbstractFile, TFile } from "./files";
import { getLinkpath, joinPath } from "./paths";
import { reportError } from "./sinks";
import { WorkspaceLeaf } from "./workspace-leaf";
import type { LeafSide } from "./workspace-leaf";

type PublicWorkspace = Pick<Obs.Workspace, "layoutReady" | "onLayoutReady" | "getLastOpenFiles" | "updateOptions" | "changeLayout" | "getLayout">;

/**
 * Tabs in the main area and panels in the sidebars, all loaded. `onLayoutReady` callbacks wait for
 * the harness to call `layoutReady()`. Open editors follow the files: a vault write reloads them.
 */
export class Workspace extends Events implements PublicWorkspace {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	readonly containerEl: HTMLElement;
	readonly requestSaveLayout = debounce(async () => {}, 0);
	private readonly leaves: WorkspaceLeaf[] = [];
	private readonly readyCallbacks: (() => unknown)[] = [];
	private readonly recentFiles: string[] = [];
	private activeFile: TFile | null = null;

	constructor(private readonly app: App) {
		super();
		this.containerEl = document.body.createDiv({ cls: "workspace" });
		app.vault.on("modify", (file) => this.reloadEditors(file));
		app.vault.on("rename", (file, oldPath) => this.followRename(file, oldPath));
		app.vault.on("delete", (file) => this.closeDeleted(file));
	}

	on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): Obs.EventRef;
	on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): Obs.EventRef;
	on(name: "layout-change" | "resize" | "css-change", callback: () => unknown, ctx?: unknown): Obs.EventRef;
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obs.EventRef;
	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): Obs.EventRef {
		return super.on(name, callback, ctx);
	}

	get activeEditor(): MarkdownView | null {
		return this.getActiveViewOfType(MarkdownView);
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) this.runReadyCallback(callback);
		else this.readyCallbacks.push(callback);
	}

	/** Harness only: the layout is ready; queued callbacks run in order. */
	setLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		for (const callback of this.readyCallbacks.splice(0)) this.runReadyCallback(callback);
		this.trigger("layout-change");
	}

	private runReadyCallback(callback: () => unknown): void {
		try {
			const result = callback();
			if (result instanceof Promise) result.catch(reportError);
		} catch (error) {
			reportError(error);
		}
	}

	getLeaf(newLeaf?: Obs.PaneType | boolean | "split", direction?: Obs.SplitDirection): WorkspaceLeaf {
		void direction;
		if (newLeaf) return this.createLeaf("root");
		return this.getUnpinnedLeaf();
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		const active = this.activeLeaf;
		if (active && active.side === "root" && !active.pinned) return active;
		const recent = [...this.leaves].reverse().find((leaf) => leaf.side === "root" && !leaf.pinned);
		return recent ?? this.createLeaf("root");
	}

	createLeafInParent(parent: unknown, index: number): WorkspaceLeaf {
		void parent;
		void index;
		return this.createLeaf("root");
	}

	createLeafBySplit(leaf: WorkspaceLeaf, direction?: Obs.SplitDirection, before?: boolean): WorkspaceLeaf {
		void direction;
		void before;
		return this.createLeaf(leaf.side);
	}

	splitActiveLeaf(direction?: Obs.SplitDirection): WorkspaceLeaf {
		void direction;
		return this.createLeaf("root");
	}

	async duplicateLeaf(leaf: WorkspaceLeaf): Promise<WorkspaceLeaf> {
		const copy = this.createLeaf(leaf.side);
		await copy.setViewState(leaf.getViewState());
		return copy;
	}

	openPopoutLeaf(): WorkspaceLeaf {
		return this.createLeaf("root");
	}

	getLeftLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.createLeaf("left");
	}

	getRightLeaf(split: boolean): WorkspaceLeaf {
		void split;
		return this.createLeaf("right");
	}

	async ensureSideLeaf(
		type: string,
		side: "left" | "right",
		options?: { active?: boolean; split?: boolean; reveal?: boolean; state?: unknown },
	): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type).find((leaf) => leaf.side === side);
		const leaf = existing ?? this.createLeaf(side);
		if (!existing) await leaf.setViewState({ type, state: options?.state as Record<string, unknown> | undefined, active: options?.active });
		else if (options?.active) this.setActiveLeaf(leaf);
		return leaf;
	}

	getLeafById(id: string): WorkspaceLeaf | null {
		return this.leaves.find((leaf) => leaf.id === id) ?? null;
	}

	getGroupLeaves(group: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.group === group);
	}

	getMostRecentLeaf(): WorkspaceLeaf | null {
		if (this.activeLeaf?.side === "root") return this.activeLeaf;
		return [...this.leaves].reverse().find((leaf) => leaf.side === "root") ?? null;
	}

	setActiveLeaf(leaf: WorkspaceLeaf, params?: { focus?: boolean } | boolean, focus?: boolean): void {
		void params;
		void focus;
		const changed = this.activeLeaf !== leaf;
		this.activeLeaf = leaf;
		if (changed) this.trigger("active-leaf-change", leaf);
		const view = leaf.view;
		if (view instanceof FileView && view.file && view.file !== this.activeFile) {
			this.activeFile = view.file;
			this.remember(view.file);
			this.trigger("file-open", view.file);
		}
	}

	/** Accepts the harness's view classes and, in tests, the ones typed by obsidian.d.ts. */
	getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
		const view: unknown = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** The file of the active view when it is a file view, else the most recently active file. */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView) return view.file;
		return this.activeFile;
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this.leaves.filter((l) => l.side === "root")) if (callback(leaf) === true) return;
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) if (callback(leaf) === true) return;
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this.leaves.filter((leaf) => leaf.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		await leaf.loadIfDeferred();
	}

	getLastOpenFiles(): string[] {
		return [...this.recentFiles];
	}

	updateOptions(): void {}

	async changeLayout(workspace: unknown): Promise<void> {
		void workspace;
	}

	getLayout(): Record<string, unknown> {
		return { leaves: this.leaves.map((leaf) => ({ id: leaf.id, side: leaf.side, ...leaf.getViewState() })) };
	}

	/** Opens the note a link points to; like Obsidian, an unresolved link creates the note first. */
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: Obs.PaneType | boolean, openViewState?: Obs.OpenViewState): Promise<void> {
		const linkpath = getLinkpath(linktext);
		let file = linkpath === "" ? this.app.vault.getFileByPath(sourcePath) : this.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath);
		if (!file) {
			const folder = this.app.fileManager.getNewFileParent(sourcePath);
			const name = linkpath.endsWith(".md") ? linkpath : `${linkpath}.md`;
			file = await this.app.vault.create(joinPath(folder.path, name), "");
		}
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	/** Harness only. */
	createLeaf(side: LeafSide): WorkspaceLeaf {
		const leaf = new WorkspaceLeaf(this.app, side);
		this.leaves.push(leaf);
		return leaf;
	}

	/** Harness only: called by `leaf.detach()`. */
	removeLeaf(leaf: WorkspaceLeaf): void {
		const index = this.leaves.indexOf(leaf);
		if (index < 0) return;
		this.leaves.splice(index, 1);
		if (this.activeLeaf === leaf) {
			this.activeLeaf = this.getMostRecentLeaf();
			this.trigger("active-leaf-change", this.activeLeaf);
		}
		this.trigger("layout-change");
	}

	/** Harness only: every leaf, in creation order. */
	allLeaves(): WorkspaceLeaf[] {
		return [...this.leaves];
	}

	private remember(file: TFile): void {
		const index = this.recentFiles.indexOf(file.path);
		if (index >= 0) this.recentFiles.splice(index, 1);
		this.recentFiles.unshift(file.path);
	}

	private reloadEditors(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		for (const leaf of this.leaves) {
			const view = leaf.view;
			if (!(view instanceof MarkdownView) || view.file !== file) continue;
			const text = this.app.vault.adapter.readSync(file.path);
			if (text !== view.editor.getValue()) view.setViewData(text, false);
		}
	}

	private followRename(file: TAbstractFile, oldPath: string): void {
		void oldPath;
		if (!(file instanceof TFile)) return;
		for (const leaf of this.leaves) {
			if (leaf.view instanceof FileView && leaf.view.file === file) void leaf.view.onRename(file);
		}
	}

	private closeDeleted(file: TAbstractFile): void {
		if (!(file instanceof TFile)) return;
		if (this.activeFile === file) this.activeFile = null;
		for (const leaf of this.leaves) {
			if (leaf.view instanceof FileView && leaf.view.file === file) void leaf.setViewState({ type: "empty" });
		}
	}
}
