import { Plugin, TFile } from "obsidian";
import { localDay, systemClock } from "./core/dates/local-day";
import type { Clock } from "./core/dates/local-day";
import { toLanguage } from "./core/i18n/language";
import { MyNotes } from "./core/index/my-notes";
import { newNoteId } from "./core/notes/note-id";
import type { NoteKind } from "./core/schema/kinds";
import { settingsFromData } from "./core/settings/settings";
import type { IntervisieSettings } from "./core/settings/settings";
import { NOTE_TEXTS } from "./core/templates/note-texts";
import { registerCommands } from "./plugin/commands/register-commands";
import { DraftStore } from "./plugin/draft-store";
import type { DraftFields } from "./plugin/draft-store";
import { NoteWriter } from "./plugin/note-writer";
import { ObsidianLinkResolver } from "./plugin/obsidian-link-resolver";
import type { Services } from "./plugin/services";
import { IntervisieSettingTab } from "./plugin/settings-tab";
import { uiLanguage } from "./plugin/ui-language";
import { VaultIndex } from "./plugin/vault-index";

interface SavedData {
	settings?: unknown;
	drafts?: Record<string, DraftFields>;
}

export default class IntervisiePlugin extends Plugin {
	private current!: IntervisieSettings;
	private drafts: Record<string, DraftFields> = {};
	/** Replaced by tests and the demo to run on a fixed clock. */
	clock: Clock = systemClock;
	random: () => number = Math.random;

	async onload(): Promise<void> {
		const saved = ((await this.loadData()) ?? {}) as SavedData;
		this.current = settingsFromData(saved.settings, toLanguage(uiLanguage()));
		this.drafts = saved.drafts && typeof saved.drafts === "object" ? saved.drafts : {};

		const vaultIndex = new VaultIndex(this.app, () => this.current.myName);
		const services = this.services(vaultIndex);
		registerCommands(this, services);
		this.addSettingTab(new IntervisieSettingTab(this.app, this, () => this.current, () => this.persist()));

		this.app.workspace.onLayoutReady(() => {
			vaultIndex.loadAll();
			this.registerEvent(this.app.metadataCache.on("changed", (file, _data, cache) => vaultIndex.onChanged(file, cache)));
			this.registerEvent(this.app.vault.on("rename", (file, oldPath) => vaultIndex.onRename(file, oldPath)));
			this.registerEvent(this.app.vault.on("delete", (file) => vaultIndex.onDelete(file)));
		});
	}

	/** Another device changed the settings through sync: take them over, keeping drafts typed here. */
	async onExternalSettingsChange(): Promise<void> {
		const saved = ((await this.loadData()) ?? {}) as SavedData;
		Object.assign(this.current, settingsFromData(saved.settings, this.current.notesLanguage));
	}

	private services(vaultIndex: VaultIndex): Services {
		const app = this.app;
		const resolver = new ObsidianLinkResolver(app);
		const settings = () => this.current;
		const today = () => localDay(this.clock());
		return {
			app,
			settings,
			saveSettings: () => this.persist(),
			drafts: new DraftStore(this.drafts, () => this.persist()),
			writer: new NoteWriter(app, settings),
			resolver,
			clock: () => this.clock(),
			index: () => vaultIndex.ensureLoaded(),
			myNotes: () => new MyNotes(vaultIndex.ensureLoaded(), resolver, this.current.myName),
			noteTexts: () => NOTE_TEXTS[this.current.notesLanguage],
			today,
			creation: (kind: NoteKind) => ({ id: newNoteId(kind, today(), this.random), author: this.current.myName, today: today() }),
			linktext: (path: string) => {
				const file = app.vault.getAbstractFileByPath(path);
				return file instanceof TFile ? app.metadataCache.fileToLinktext(file, "", true) : path.replace(/\.md$/, "");
			},
		};
	}

	private async persist(): Promise<void> {
		await this.saveData({ settings: this.current, drafts: this.drafts } satisfies SavedData);
	}
}
