import type * as Obs from "../../node_modules/obsidian/obsidian";
import type { App } from "./app";
import { Component } from "./component";
import "./dom";
import { setIcon } from "./icons";
import type { PluginSettingTab } from "./setting-tab";
import type { ViewCreator } from "./view-registry";

/** What a plugin registered that the harness does not run itself, kept for tests to inspect. */
export interface Registrations {
	markdownPostProcessors: Obs.MarkdownPostProcessor[];
	codeBlockProcessors: Map<string, unknown>;
	editorExtensions: unknown[];
	editorSuggests: unknown[];
	protocolHandlers: Map<string, Obs.ObsidianProtocolHandler>;
	hoverLinkSources: Map<string, Obs.HoverLinkSource>;
	basesViews: Map<string, Obs.BasesViewRegistration>;
	cliHandlers: Map<string, unknown>;
}

/**
 * Obsidian's `Plugin`: commands get the id `<plugin id>:<id>` and the name `<plugin name>: <name>`;
 * everything added is removed again on unload; data lives in `<configDir>/plugins/<id>/data.json`.
 */
export abstract class Plugin extends Component {
	app: App;
	manifest: Obs.PluginManifest;
	settings?: unknown;
	readonly #registrations: Registrations = {
		markdownPostProcessors: [],
		codeBlockProcessors: new Map(),
		editorExtensions: [],
		editorSuggests: [],
		protocolHandlers: new Map(),
		hoverLinkSources: new Map(),
		basesViews: new Map(),
		cliHandlers: new Map(),
	};

	constructor(app: App, manifest: Obs.PluginManifest) {
		super();
		this.app = app;
		this.manifest = { ...manifest, dir: manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}` };
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.ribbonEl.createDiv({ cls: "side-dock-ribbon-action clickable-icon", attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt as MouseEvent));
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv({ cls: "status-bar-item" });
		el.addClass(`plugin-${this.manifest.id.replace(/[^a-z0-9-]/gi, "-").toLowerCase()}`);
		this.register(() => el.detach());
		return el;
	}

	addCommand(command: Obs.Command): Obs.Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands.addCommand(command);
		this.register(() => this.app.commands.removeCommand(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		this.app.commands.removeCommand(`${this.manifest.id}:${commandId}`);
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.settingTabs.push(settingTab);
		this.register(() => {
			const index = this.app.settingTabs.indexOf(settingTab);
			if (index >= 0) this.app.settingTabs.splice(index, 1);
		});
	}

	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => {
			this.app.workspace.detachLeavesOfType(type);
			this.app.viewRegistry.unregisterView(type);
		});
	}

	registerExtensions(extensions: string[], viewType: string): void {
		this.app.viewRegistry.registerExtensions(extensions, viewType);
		this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
	}

	registerHoverLinkSource(id: string, info: Obs.HoverLinkSource): void {
		this.#registrations.hoverLinkSources.set(id, info);
	}

	registerMarkdownPostProcessor(postProcessor: Obs.MarkdownPostProcessor, sortOrder?: number): Obs.MarkdownPostProcessor {
		if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
		this.#registrations.markdownPostProcessors.push(postProcessor);
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: unknown, sortOrder?: number): Obs.MarkdownPostProcessor {
		this.#registrations.codeBlockProcessors.set(language, handler);
		const processor = (() => {}) as unknown as Obs.MarkdownPostProcessor;
		if (sortOrder !== undefined) processor.sortOrder = sortOrder;
		return processor;
	}

	registerBasesView(viewId: string, registration: Obs.BasesViewRegistration): boolean {
		this.#registrations.basesViews.set(viewId, registration);
		return true;
	}

	registerEditorExtension(extension: unknown): void {
		this.#registrations.editorExtensions.push(extension);
	}

	registerObsidianProtocolHandler(action: string, handler: Obs.ObsidianProtocolHandler): void {
		this.#registrations.protocolHandlers.set(action, handler);
	}

	registerEditorSuggest(editorSuggest: unknown): void {
		this.#registrations.editorSuggests.push(editorSuggest);
	}

	registerCliHandler(command: string, description: string, flags: unknown, handler: unknown): void {
		void description;
		void flags;
		this.#registrations.cliHandlers.set(command, handler);
	}

	/** Harness only (a static, so no plugin field can collide): what `plugin` registered. */
	static registrationsOf(plugin: Plugin): Registrations {
		return plugin.#registrations;
	}

	#dataPath(): string {
		return `${this.manifest.dir ?? ""}/data.json`;
	}

	async loadData(): Promise<unknown> {
		const adapter = this.app.vault.adapter;
		if (!adapter.existsSync(this.#dataPath())) return null;
		return JSON.parse(adapter.readSync(this.#dataPath())) as unknown;
	}

	async saveData(data: unknown): Promise<void> {
		const adapter = this.app.vault.adapter;
		adapter.mkdirSync(this.manifest.dir ?? "");
		adapter.writeSync(this.#dataPath(), JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {}
}
