import type { App } from "./app";
import "./dom";
import type { Plugin } from "./plugin";

/** A settings page; the harness shows it with `openSettings(pluginId)`. */
export abstract class SettingTab {
	app: App;
	icon = "settings";
	containerEl: HTMLElement = createDiv({ cls: "vertical-tab-content" });
	settingItems: unknown[] = [];

	constructor(app: App) {
		this.app = app;
	}

	display(): void {}

	hide(): void {
		this.containerEl.empty();
	}

	getSettingDefinitions(): unknown[] {
		return [];
	}

	update(): void {}

	getControlValue(key: string): unknown {
		void key;
		return undefined;
	}

	setControlValue(key: string, value: unknown): void {
		void key;
		void value;
	}

	refreshDomState(): void {}
}

export abstract class PluginSettingTab extends SettingTab {
	plugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
	}
}
