import type * as Obs from "../../node_modules/obsidian/obsidian";
import type { App } from "./app";
import "./dom";
import { Component } from "./component";
import type { Menu } from "./menu";
import { Scope } from "./keymap";
import type { WorkspaceLeaf } from "./workspace-leaf";

type PublicView = Pick<
	Obs.View,
	"icon" | "navigation" | "getViewType" | "getState" | "getEphemeralState" | "setEphemeralState" | "getIcon" | "onResize" | "getDisplayText"
>;

/**
 * A view in a leaf. `containerEl` holds a header and the content element (`children[1]`), as in
 * Obsidian. The workspace opens it with `load()` + `onOpen()` and closes it with `onClose()` + `unload()`.
 */
export abstract class View extends Component implements PublicView {
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
		const header = this.containerEl.createDiv({ cls: "view-header" });
		header.createDiv({ cls: "view-header-title" });
		this.containerEl.createDiv({ cls: "view-content" });
	}

	async onOpen(): Promise<void> {}

	async onClose(): Promise<void> {}

	abstract getViewType(): string;

	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(state: unknown, result: Obs.ViewStateResult): Promise<void> {
		void state;
		void result;
	}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(state: unknown): void {
		void state;
	}

	getIcon(): string {
		return this.icon;
	}

	onResize(): void {}

	onPaneMenu(menu: Menu, source: string): void {
		void menu;
		void source;
	}
}

export abstract class ItemView extends View {
	contentEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.contentEl = this.containerEl.children[1] as HTMLElement;
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const header = this.containerEl.children[0] as HTMLElement;
		const action = header.createEl("a", { cls: "view-action clickable-icon", attr: { "aria-label": title, "data-icon": icon } });
		action.addEventListener("click", (evt) => callback(evt as MouseEvent));
		return action;
	}
}

/** The view of the "empty" type: a new tab with nothing in it. */
export class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}
