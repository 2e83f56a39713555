import type * as Obs from "../../node_modules/obsidian/obsidian";
import { CapacitorAdapter, FileSystemAdapter } from "./adapter";
import { Commands } from "./commands";
import "./dom";
import { FileManager } from "./file-manager";
import { Keymap, Scope } from "./keymap";
import { MetadataCache } from "./metadata-cache";
import type { Modal } from "./modal";
import type { Plugin } from "./plugin";
import type { PluginSettingTab } from "./setting-tab";
import { Scheduler } from "./scheduler";
import { Vault } from "./vault";
import { ViewRegistry } from "./view-registry";
import { Workspace } from "./workspace";

export interface AppOptions {
	vaultDir: string;
	mobile?: boolean;
	scheduler?: Scheduler;
}

/**
 * The `app` a plugin receives. Besides the public API it has a few of Obsidian's internal
 * registries (`commands`, `viewRegistry`, `plugins`) and what the harness needs to see (`modals`).
 */
export class App implements Pick<Obs.App, "isDarkMode" | "loadLocalStorage" | "saveLocalStorage"> {
	readonly scheduler: Scheduler;
	readonly vault: Vault;
	readonly metadataCache: MetadataCache;
	readonly fileManager: FileManager;
	readonly workspace: Workspace;
	readonly keymap = new Keymap();
	readonly scope = new Scope();
	lastEvent: Obs.UserEvent | null = null;
	readonly commands: Commands;
	readonly viewRegistry = new ViewRegistry();
	readonly plugins = { plugins: {} as Record<string, Plugin>, getPlugin: (id: string): Plugin | null => this.plugins.plugins[id] ?? null };
	/** Harness only: modals open now, oldest first. */
	readonly modals: Modal[] = [];
	/** Harness only: setting tabs added by plugins. */
	readonly settingTabs: PluginSettingTab[] = [];
	/** Harness only: where ribbon icons and status bar items go. */
	readonly ribbonEl: HTMLElement;
	readonly statusBarEl: HTMLElement;
	dark = false;
	private readonly storage = new Map<string, unknown>();

	constructor(options: AppOptions) {
		this.scheduler = options.scheduler ?? new Scheduler();
		const adapter = options.mobile ? new CapacitorAdapter(options.vaultDir) : new FileSystemAdapter(options.vaultDir);
		this.vault = new Vault(adapter, this.scheduler);
		this.metadataCache = new MetadataCache(this.vault, this.scheduler);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.workspace = new Workspace(this);
		this.commands = new Commands(this);
		this.ribbonEl = document.body.createDiv({ cls: "side-dock-ribbon" });
		this.statusBarEl = document.body.createDiv({ cls: "status-bar" });
	}

	isDarkMode(): boolean {
		return this.dark;
	}

	loadLocalStorage(key: string): unknown {
		return this.storage.has(key) ? this.storage.get(key) : null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null || data === undefined) this.storage.delete(key);
		else this.storage.set(key, data);
	}
}
