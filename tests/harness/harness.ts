import * as fs from "node:fs";
import * as os from "node:os";
import * as nodePath from "node:path";
import type * as Obs from "../../node_modules/obsidian/obsidian";
import { App } from "./app";
import { onloadResult } from "./component";
import "./dom";
import { MarkdownView } from "./file-view";
import { TFile } from "./files";
import { Menu } from "./menu";
import type { Modal } from "./modal";
import { normalizePath } from "./paths";
import { Platform, setPlatform } from "./platform";
import type { PlatformName } from "./platform";
import { Plugin } from "./plugin";
import type { PluginSettingTab } from "./setting-tab";
import { addSink, removeSink } from "./sinks";
import type { Sink } from "./sinks";
import { SuggestModal } from "./suggest-modal";

export interface HarnessOptions {
	/** Use this folder as the vault (kept on dispose); default: a fresh temporary folder (deleted). */
	vaultDir?: string;
	/** What `getLanguage()` returns; default "en". */
	language?: string;
	/** Notes written to disk before the vault loads: vault path → text. */
	files?: Record<string, string>;
	/** Play a phone or tablet: sets `Platform` and gives the vault a mobile adapter. Default "desktop". */
	platform?: PlatformName;
	/** Refuse file names with characters that break on other systems (`: * ? " < > | \`). Default true. */
	strictPaths?: boolean;
	/** What `app.isDarkMode()` returns. */
	dark?: boolean;
	/** A note that starts with a byte-order mark: "strip" it before parsing (default), or "keep" it and see no properties. */
	byteOrderMark?: "strip" | "keep";
}

/** A suggest modal as the harness made it or as a test declares it (typed by obsidian.d.ts). */
export type AnySuggestModal<T> = SuggestModal<T> | Obs.SuggestModal<T>;

export type PluginClass<P extends Obs.Plugin> = new (app: Obs.App, manifest: Obs.PluginManifest) => P;

export interface HarnessCommands {
	/** Every registered command, available now or not, with its full id and name. */
	list(): { id: string; name: string }[];
	/** Whether the palette would offer it now (its check passes, an editor is there when it needs one). */
	isAvailable(fullId: string): boolean;
	/** Runs it like the palette; false when unavailable. Awaits what the callback returns, then settles. */
	run(fullId: string): Promise<boolean>;
}

export interface Harness {
	app: App;
	vaultDir: string;
	/** Every Notice message, in order (also each `setMessage`). */
	notices: string[];
	/** Errors thrown by event handlers and layout-ready callbacks (Obsidian logs and swallows them). */
	errors: unknown[];
	commands: HarnessCommands;
	openModals(): Modal[];
	/** The most recently opened modal of this class that is still open; throws when there is none. */
	lastModal<T>(ctor: abstract new (...args: never[]) => T): T;
	/** Context menus shown and not closed, oldest first. */
	openMenus(): Menu[];
	/** Constructs the plugin with `app` and awaits its `onload`. */
	loadPlugin<P extends Obs.Plugin>(PluginClass: PluginClass<P>, manifest?: Obs.PluginManifest): Promise<P>;
	unloadPlugin(plugin: Obs.Plugin): void;
	/** Obsidian finished starting: `create` fires for every file, then `onLayoutReady` callbacks, then `resolved`. */
	layoutReady(): void;
	/** Opens the note in the active tab, as clicking it in the file explorer does. */
	openFile(path: string): Promise<MarkdownView>;
	/** Waits until metadata parsing, watcher rescans and editor saves are done. */
	settle(): Promise<void>;
	/** Picks up files changed on disk behind the vault's back (fires create/modify/delete). */
	rescan(): void;
	/** Writes a file on disk (folders included) as another program would, then rescans. */
	writeFile(path: string, text: string): void;
	/** The text on disk. */
	readFile(path: string): string;
	exists(path: string): boolean;
	/** The vault's file at `path`; throws when there is none. */
	file(path: string): TFile;
	/** Types a query in a suggest modal and returns what it lists then. */
	typeQuery<T>(modal: AnySuggestModal<T>, query: string): Promise<T[]>;
	/** Clicks a listed suggestion: by index, by (part of) its rendered text, or by a test on the item. */
	choose<T>(modal: AnySuggestModal<T>, which: number | string | ((item: T) => boolean)): Promise<void>;
	/** Shows the plugin's settings tab (calls `display()`) and returns it. */
	openSettings(pluginId: string): PluginSettingTab;
	setLanguage(language: string): void;
	/** Unloads plugins, removes the harness's DOM, deletes the temporary vault. */
	dispose(): Promise<void>;
}

const DEFAULT_MANIFEST: Obs.PluginManifest = {
	id: "test-plugin",
	name: "Test plugin",
	author: "Tests",
	version: "0.0.0",
	minAppVersion: "1.0.0",
	description: "A plugin under test",
};

function writeTree(root: string, files: Record<string, string>): void {
	for (const [path, text] of Object.entries(files)) {
		const full = nodePath.join(root, ...normalizePath(path).split("/"));
		fs.mkdirSync(nodePath.dirname(full), { recursive: true });
		fs.writeFileSync(full, text);
	}
}

export function createHarness(options: HarnessOptions = {}): Harness {
	const ownsDir = options.vaultDir === undefined;
	const vaultDir = options.vaultDir ?? fs.mkdtempSync(nodePath.join(os.tmpdir(), "vault-"));
	writeTree(vaultDir, options.files ?? {});
	setPlatform(options.platform ?? "desktop");

	const sink: Sink = { notices: [], errors: [], language: options.language ?? "en" };
	addSink(sink);
	const app = new App({ vaultDir, mobile: Platform.isMobile });
	app.vault.adapter.mkdirSync(app.vault.configDir);
	app.vault.strictPaths = options.strictPaths ?? true;
	app.dark = options.dark ?? false;
	app.metadataCache.keepByteOrderMark = options.byteOrderMark === "keep";
	app.vault.load();
	app.metadataCache.loadAll();
	const plugins: Plugin[] = [];

	const settle = (): Promise<void> => app.scheduler.settle();

	const commands: HarnessCommands = {
		list: () => Object.values(app.commands.commands).map(({ id, name }) => ({ id, name })),
		isAvailable: (fullId) => {
			const command = app.commands.findCommand(fullId);
			return command ? app.commands.isAvailable(command) : false;
		},
		run: async (fullId) => {
			const command = app.commands.findCommand(fullId);
			if (!command) {
				const known = Object.keys(app.commands.commands).join(", ") || "none";
				throw new Error(`No command "${fullId}" is registered (registered: ${known})`);
			}
			const { ran, result } = app.commands.execute(command);
			if (ran) await result;
			await settle();
			return ran;
		},
	};

	const harness: Harness = {
		app,
		vaultDir,
		notices: sink.notices,
		errors: sink.errors,
		commands,
		openModals: () => [...app.modals],
		lastModal: <T>(ctor: abstract new (...args: never[]) => T): T => {
			const found: unknown = [...app.modals].reverse().find((modal: unknown) => modal instanceof ctor);
			if (!(found instanceof ctor)) throw new Error(`No open ${ctor.name}; open modals: ${app.modals.map((m) => m.constructor.name).join(", ") || "none"}`);
			return found;
		},
		openMenus: () => Menu.shown(),
		loadPlugin: async <P extends Obs.Plugin>(PluginClass: PluginClass<P>, manifest: Obs.PluginManifest = DEFAULT_MANIFEST): Promise<P> => {
			const plugin = new PluginClass(app as unknown as Obs.App, manifest);
			if (!(plugin instanceof Plugin)) {
				throw new Error("The plugin class does not extend the harness's Plugin: import Plugin from \"obsidian\"");
			}
			plugins.push(plugin);
			app.plugins.plugins[manifest.id] = plugin;
			plugin.load();
			await onloadResult(plugin);
			await settle();
			return plugin;
		},
		unloadPlugin: (plugin) => {
			const own = plugin as unknown as Plugin;
			own.unload();
			plugins.splice(plugins.indexOf(own), 1);
			delete app.plugins.plugins[own.manifest.id];
		},
		layoutReady: () => {
			if (app.workspace.layoutReady) return;
			app.vault.announceAll();
			app.workspace.setLayoutReady();
			app.metadataCache.trigger("resolved");
		},
		openFile: async (path) => {
			const file = harness.file(path);
			const leaf = app.workspace.getLeaf(false);
			await leaf.openFile(file);
			await settle();
			if (!(leaf.view instanceof MarkdownView)) throw new Error(`${path} did not open in a markdown view`);
			return leaf.view;
		},
		settle,
		rescan: () => app.vault.rescan(),
		writeFile: (path, text) => {
			writeTree(vaultDir, { [path]: text });
			app.vault.rescan();
		},
		readFile: (path) => fs.readFileSync(nodePath.join(vaultDir, ...normalizePath(path).split("/")), "utf8"),
		exists: (path) => fs.existsSync(nodePath.join(vaultDir, ...normalizePath(path).split("/"))),
		file: (path) => {
			const file = app.vault.getFileByPath(path);
			if (!file) throw new Error(`No file ${path} in the vault`);
			return file;
		},
		typeQuery: async <T>(anyModal: AnySuggestModal<T>, query: string) => {
			const modal = anyModal as SuggestModal<T>;
			modal.inputEl.value = query;
			modal.inputEl.dispatchEvent(new Event("input", { bubbles: true }));
			return SuggestModal.listed(modal);
		},
		choose: async <T>(anyModal: AnySuggestModal<T>, which: number | string | ((item: T) => boolean)) => {
			const modal = anyModal as SuggestModal<T>;
			const items = await SuggestModal.listed(modal);
			const elements = Array.from(modal.resultContainerEl.querySelectorAll(".suggestion-item"));
			let index: number;
			if (typeof which === "number") index = which;
			else if (typeof which === "function") index = items.findIndex(which);
			else {
				const texts = elements.map((el) => el.textContent ?? "");
				index = texts.indexOf(which);
				if (index < 0) index = texts.findIndex((text) => text.includes(which));
			}
			const el = elements[index];
			if (!el) {
				const listed = elements.map((e) => JSON.stringify(e.textContent ?? "")).join(", ") || "nothing";
				throw new Error(`No suggestion matches ${String(which)}; listed: ${listed}`);
			}
			el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
			await settle();
		},
		openSettings: (pluginId) => {
			const tab = app.settingTabs.find((t) => t.plugin.manifest.id === pluginId);
			if (!tab) throw new Error(`Plugin ${pluginId} added no settings tab`);
			document.body.appendChild(tab.containerEl);
			tab.display();
			return tab;
		},
		setLanguage: (language) => {
			sink.language = language;
		},
		dispose: async () => {
			for (const plugin of [...plugins].reverse()) plugin.unload();
			for (const modal of [...app.modals]) modal.close();
			for (const menu of Menu.shown()) menu.hide();
			await settle().catch(() => undefined);
			app.scheduler.cancelAll();
			for (const el of [app.workspace.containerEl, app.ribbonEl, app.statusBarEl, ...app.settingTabs.map((t) => t.containerEl)]) el.detach();
			document.body.find(".notice-container")?.detach();
			removeSink(sink);
			setPlatform("desktop");
			if (ownsDir) fs.rmSync(vaultDir, { recursive: true, force: true });
		},
	};
	return harness;
}
