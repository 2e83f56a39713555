import type * as Obs from "../../node_modules/obsidian/obsidian";
import type { App } from "./app";
import "./dom";
import { Events } from "./events";
import { EmptyView } from "./view";
import { closeView, openView } from "./view-lifecycle";
import type { View } from "./view";

export type LeafSide = "root" | "left" | "right";

let nextLeafId = 1;

/** A tab or side panel holding one view. Views are never deferred here: `view` is always loaded. */
export class WorkspaceLeaf extends Events {
	readonly id = `leaf-${nextLeafId++}`;
	readonly app: App;
	readonly side: LeafSide;
	readonly containerEl: HTMLElement;
	view: View;
	pinned = false;
	group: string | null = null;
	private ephemeral: unknown = {};

	constructor(app: App, side: LeafSide) {
		super();
		this.app = app;
		this.side = side;
		this.containerEl = app.workspace.containerEl.createDiv({ cls: "workspace-leaf", attr: { "data-side": side } });
		this.view = new EmptyView(this);
	}

	get isDeferred(): boolean {
		return false;
	}

	async loadIfDeferred(): Promise<void> {}

	async openFile(file: Obs.TFile, openState?: Obs.OpenViewState): Promise<void> {
		await this.setViewState(
			{ type: "markdown", state: { ...openState?.state, file: file.path }, active: openState?.active ?? true },
			openState?.eState,
		);
	}

	async open(view: View): Promise<View> {
		await this.replaceView(view);
		return view;
	}

	getViewState(): Obs.ViewState {
		return { type: this.view.getViewType(), state: this.view.getState(), pinned: this.pinned };
	}

	async setViewState(viewState: Obs.ViewState, eState?: unknown): Promise<void> {
		if (viewState.type !== this.view.getViewType()) {
			const create = this.app.viewRegistry.getViewCreatorByType(viewState.type);
			if (!create) throw new Error(`No view is registered for the type "${viewState.type}"`);
			await this.replaceView(create(this));
		}
		if (viewState.state) await this.view.setState(viewState.state, { history: false });
		if (viewState.pinned !== undefined) this.setPinned(viewState.pinned);
		if (eState !== undefined) this.setEphemeralState(eState);
		if (viewState.active) this.app.workspace.setActiveLeaf(this);
		else if (this.app.workspace.activeLeaf === this) this.app.workspace.setActiveLeaf(this);
		this.app.workspace.trigger("layout-change");
	}

	private async replaceView(view: View): Promise<void> {
		const old = this.view;
		this.view = view;
		await closeView(old);
		await openView(view, this);
	}

	getEphemeralState(): unknown {
		return this.ephemeral;
	}

	setEphemeralState(state: unknown): void {
		this.ephemeral = state;
		this.view.setEphemeralState(state);
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setPinned(pinned: boolean): void {
		if (pinned === this.pinned) return;
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	setGroupMember(other: WorkspaceLeaf): void {
		this.setGroup(other.group ?? other.id);
	}

	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}

	detach(): void {
		void closeView(this.view);
		this.containerEl.detach();
		this.app.workspace.removeLeaf(this);
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	onResize(): void {
		this.view.onResize();
	}
}
