import type { App, Debouncer, Plugin } from "obsidian";
import { debounce, normalizePath, PluginSettingTab, Setting } from "obsidian";
import { insideVault } from "../core/files/inside-vault";
import { REFLECTION_STRINGS } from "../core/i18n/reflection-strings";
import type { MethodCatalogue } from "../core/methods/method-catalogue";
import { reflectionModel } from "../core/reflection/reflection-models";
import { NOTE_KINDS } from "../core/schema/kinds";
import type { IntervisieSettings } from "../core/settings/settings";
import { nameSettingControls } from "./name-controls";
import { reflectionChoices } from "./reflection-choices";
import { settingsStrings, type SettingsStrings } from "../core/i18n/settings-strings";
import { uiLanguage } from "./ui-language";

/** What the settings tab needs from the plugin. */
export interface SettingsHost {
	settings(): IntervisieSettings;
	save(): Promise<void>;
	methods(): MethodCatalogue;
	/** Reads the methods folder again. */
	reloadMethods(): void;
	/** Reads the vault again: which notes are shared copies depends on the groups folder. */
	reindex(): void;
}

/** A folder setting is typed a letter at a time: read the vault once the typing stops, not per letter. */
const FOLDER_QUIET_MS = 600;

export class IntervisieSettingTab extends PluginSettingTab {
	private readonly settings: () => IntervisieSettings;
	private readonly save: () => Promise<void>;
	private readonly methods: () => MethodCatalogue;
	private readonly reloadMethods: Debouncer<[], void>;
	private readonly reindex: Debouncer<[], void>;

	constructor(app: App, plugin: Plugin, host: SettingsHost) {
		super(app, plugin);
		this.settings = () => host.settings();
		this.save = () => host.save();
		this.methods = () => host.methods();
		this.reloadMethods = debounce(() => host.reloadMethods(), FOLDER_QUIET_MS, true);
		this.reindex = debounce(() => host.reindex(), FOLDER_QUIET_MS, true);
	}

	display(): void {
		const { containerEl } = this;
		const t = strings().settings;
		const s = this.settings();
		containerEl.empty();

		new Setting(containerEl)
			.setName(t.myName)
			.setDesc(t.myNameDesc)
			.addText((text) =>
				text.setValue(s.myName).onChange(async (value) => {
					s.myName = value.trim();
					await this.save();
				}),
			);
		new Setting(containerEl)
			.setName(t.language)
			.setDesc(t.languageDesc)
			.addDropdown((dropdown) =>
				dropdown
					.addOptions(strings().languages)
					.setValue(s.notesLanguage)
					.onChange(async (value) => {
						s.notesLanguage = value === "nl" ? "nl" : "en";
						await this.save();
					}),
			);
		new Setting(containerEl)
			.setName(t.method)
			.setDesc(t.methodDesc)
			.addDropdown((dropdown) => {
				for (const method of this.methods().all()) dropdown.addOption(method.id, method.name[uiLanguage()]);
				dropdown.setValue(s.defaultMethod).onChange(async (value) => {
					s.defaultMethod = value;
					await this.save();
				});
			});
		const reflection = REFLECTION_STRINGS[uiLanguage()];
		new Setting(containerEl)
			.setName(reflection.field)
			.setDesc(reflection.settingDesc)
			.addDropdown((dropdown) => {
				for (const [id, name] of reflectionChoices(uiLanguage())) dropdown.addOption(id, name);
				dropdown.setValue(reflectionModel(s.reflectionModel).id).onChange(async (value) => {
					s.reflectionModel = value;
					await this.save();
				});
			});
		new Setting(containerEl)
			.setName(t.scale)
			.setDesc(t.scaleDesc)
			.addText((text) => this.scaleInput(text.inputEl, "scaleMin"))
			.addText((text) => this.scaleInput(text.inputEl, "scaleMax"));

		new Setting(containerEl).setName(t.reminders).setHeading();
		new Setting(containerEl)
			.setName(t.dailyReminder)
			.setDesc(t.dailyReminderDesc)
			.addToggle((toggle) =>
				toggle.setValue(s.dailyReminder).onChange(async (on) => {
					s.dailyReminder = on;
					await this.save();
				}),
			);
		new Setting(containerEl)
			.setName(t.reminderDays)
			.setDesc(t.reminderDaysDesc)
			.addSlider((slider) =>
				slider
					.setLimits(1, 30, 1)
					.setValue(s.reminderDays)
					.onChange(async (value) => {
						s.reminderDays = value;
						await this.save();
					}),
			);

		new Setting(containerEl).setName(t.folders).setHeading();
		for (const kind of NOTE_KINDS) {
			this.folderSetting(t.folder[kind], t.folderDesc, s.folders[kind], (folder) => (s.folders[kind] = folder));
		}
		this.folderSetting(t.templates, t.templatesDesc, s.templateFolder, (folder) => (s.templateFolder = folder));
		this.folderSetting(t.groupsFolder, t.groupsFolderDesc, s.groupsFolder, (folder) => {
			s.groupsFolder = folder;
			this.reindex();
		});
		this.folderSetting(t.methodsFolder, t.methodsFolderDesc, s.methodsFolder, (folder) => {
			s.methodsFolder = folder;
			this.reloadMethods();
		});
		nameSettingControls(containerEl);
	}

	/** A folder is saved only while it stays inside the vault; else the field says why, and the last good one stays. */
	private folderSetting(name: string, desc: string, value: string, apply: (folder: string) => void): void {
		const setting = new Setting(this.containerEl).setName(name).setDesc(desc);
		const problem = setting.descEl.createDiv({ cls: "intervisie-setting-problem" });
		problem.setAttr("role", "alert");
		setting.addText((text) =>
			text.setValue(value).onChange(async (typed) => {
				const folder = typed.trim() ? insideVault(normalizePath(typed)) : "";
				problem.setText(folder === null ? strings().settings.folderOutsideVault : "");
				text.inputEl.setAttr("aria-invalid", folder === null ? "true" : "false");
				if (folder === null) return;
				apply(folder);
				await this.save();
			}),
		);
	}

	/** A scale bound is saved only while the pair stays a valid range; a half-typed number is not. */
	private scaleInput(input: HTMLInputElement, key: "scaleMin" | "scaleMax"): void {
		const s = this.settings();
		input.type = "number";
		input.setAttr("aria-label", strings().settings.scaleBounds[key === "scaleMin" ? 0 : 1] ?? strings().settings.scale);
		input.value = String(s[key]);
		input.addEventListener("change", () => {
			const value = Number(input.value);
			const next = { ...s, [key]: value };
			if (!Number.isInteger(value) || next.scaleMin >= next.scaleMax) {
				input.value = String(s[key]);
				return;
			}
			s[key] = value;
			void this.save();
		});
	}
}

/** The settings tab's words, in Obsidian's language. */
function strings(): SettingsStrings {
	return settingsStrings()[uiLanguage()];
}
