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
import { remindOncePerDay } from "./plugin/daily-reminder";
import { DASHBOARD_VIEW_TYPE, DashboardView } from "./plugin/dashboard/dashboard-view";
import { openDashboard } from "./plugin/dashboard/open-dashboard";
import { myBodiesToRead, PluginDashboardSource } from "./plugin/dashboard/plugin-dashboard-source";
import { DraftStore } from "./plugin/draft-store";
import type { DraftFields } from "./plugin/draft-store";
import { RUN_VIEW_TYPE, RunSessionView } from "./plugin/facilitation/run-session-view";
import { MethodLibrary } from "./plugin/method-library";
import { FACILITATOR_STRINGS } from "./core/i18n/facilitator-strings";
import { GroupSource } from "./plugin/facilitator/group-source";
import { GROUP_VIEW_TYPE, GroupView } from "./plugin/facilitator/group-view";
import { openSingletonView } from "./plugin/open-view";
import { GoalModal } from "./plugin/modals/goal-modal";
import { loadPreviousActions } from "./plugin/modals/previous-actions";
import { ReportModal } from "./plugin/modals/report-modal";
import { TrajectoryModal } from "./plugin/modals/trajectory-modal";
import { NoteBodies } from "./plugin/note-bodies";
import { NoteWriter } from "./plugin/note-writer";
import { ObsidianLinkResolver } from "./plugin/obsidian-link-resolver";
import type { Services } from "./plugin/services";
import { IntervisieSettingTab } from "./plugin/settings-tab";
import { ui, uiLanguage } from "./plugin/ui-language";
import { VaultIndex } from "./plugin/vault-index";

interface SavedData {
	settings?: unknown;
	drafts?: Record<string, DraftFields>;
	lastReminder?: string | null;
}

export default class IntervisiePlugin extends Plugin {
	private current!: IntervisieSettings;
	private drafts: Record<string, DraftFields> = {};
	private lastReminder: string | null = null;
	private vaultIndex: VaultIndex | null = null;
	private methods: MethodLibrary | null = null;
	/** Replaced by tests and the demo to run on a fixed clock. */
	clock: Clock = systemClock;
	random: () => number = Math.random;

	/** Only registers things: the index is built once the layout is ready. */
	async onload(): Promise<void> {
		const saved = ((await this.loadData()) ?? {}) as SavedData;
		this.current = settingsFromData(saved.settings, toLanguage(uiLanguage()));
		this.drafts = saved.drafts && typeof saved.drafts === "object" ? saved.drafts : {};
		this.lastReminder = typeof saved.lastReminder === "string" ? saved.lastReminder : null;

		const resolver = new ObsidianLinkResolver(this.app, () => this.current.groupsFolder);
		const methods = new MethodLibrary(this.app, () => this.current, uiLanguage, () => this.vaultIndex?.changedElsewhere());
		this.methods = methods;
		const vaultIndex = new VaultIndex(this.app, resolver, () => this.current.myName, () => Object.values(this.current.folders), () => this.current.groupsFolder);
		this.vaultIndex = vaultIndex;
		const bodies = new NoteBodies(this.app, () => vaultIndex.changedElsewhere());
		const services = this.services(vaultIndex, resolver, methods);
		const source = new PluginDashboardSource(this.app, vaultIndex, bodies, resolver, services, {
			createTrajectory: () => new TrajectoryModal(services).open(),
			createGoal: () => new GoalModal(services).open(),
		});

		this.registerView(DASHBOARD_VIEW_TYPE, (leaf) => new DashboardView(leaf, source));
		const groups = new GroupSource(this.app, services, (listener) => vaultIndex.subscribe(listener));
		this.registerView(GROUP_VIEW_TYPE, (leaf) => new GroupView(leaf, groups));
		this.addCommand({ id: "open-facilitator-view", name: FACILITATOR_STRINGS[uiLanguage()].command, callback: () => openSingletonView(this.app, GROUP_VIEW_TYPE) });
		this.addRibbonIcon("line-chart", ui().commands.openDashboard, () => void openDashboard(this.app));
		this.addCommand({ id: "open-dashboard", name: ui().commands.openDashboard, callback: () => openDashboard(this.app) });
		registerCommands(this, services);
		this.registerView(
			RUN_VIEW_TYPE,
			(leaf) =>
				new RunSessionView(leaf, {
					services,
					subscribe: (listener) => vaultIndex.subscribe(listener),
					methodFor: (id) => methods.current().byId(id ?? this.current.defaultMethod),
					writeReport: (sessionPath) => void this.writeReportFor(services, sessionPath),
				}),
		);
		this.addSettingTab(
			new IntervisieSettingTab(this.app, this, {
				settings: () => this.current,
				save: () => this.persist(),
				methods: () => methods.current(),
				reloadMethods: () => void methods.reload(),
				reindex: () => vaultIndex.loadAll(),
			}),
		);

		this.app.workspace.onLayoutReady(() => {
			vaultIndex.loadAll();
			void methods.reload();
			this.registerEvent(
				this.app.metadataCache.on("changed", (file, _data, cache) => {
					vaultIndex.onChanged(file, cache);
					methods.onFileEvent(file);
				}),
			);
			this.registerEvent(
				this.app.vault.on("rename", (file, oldPath) => {
					vaultIndex.onRename(file, oldPath);
					methods.onFileEvent(file, oldPath);
				}),
			);
			this.registerEvent(
				this.app.vault.on("delete", (file) => {
					vaultIndex.onDelete(file);
					methods.onFileEvent(file);
				}),
			);
			// When the plugin starts with Obsidian the cache may still be filling: once it is complete, read the notes it had not reached.
			const firstResolved = this.app.metadataCache.on("resolved", () => {
				this.app.metadataCache.offref(firstResolved);
				vaultIndex.readMissed();
			});
			this.registerEvent(firstResolved);
			void this.remindToday(source, bodies, vaultIndex);
		});
	}

	/** Redraws the dashboard now instead of after the quiet period: for tests and the benchmark. */
	flushRedraw(): void {
		this.vaultIndex?.flush();
	}

	onunload(): void {
		this.vaultIndex?.dispose();
	}

	/** Another device changed the settings through sync: take them over, keeping drafts typed here. */
	async onExternalSettingsChange(): Promise<void> {
		const saved = ((await this.loadData()) ?? {}) as SavedData;
		Object.assign(this.current, settingsFromData(saved.settings, this.current.notesLanguage));
	}

	/** One notice a day with what needs doing; saved at once, since a phone may kill the app without `onunload`. */
	private async remindToday(source: PluginDashboardSource, bodies: NoteBodies, vaultIndex: VaultIndex): Promise<void> {
		const today = localDay(this.clock());
		if (!this.current.dailyReminder || this.lastReminder === today || !this.current.myName) return;
		const index = vaultIndex.ensureLoaded();
		await bodies.track(myBodiesToRead(index.ofKind("goal"), index.ofKind("report"), this.current.myName));
		const shown = remindOncePerDay(source.model({ trajectory: null, goalFilter: "active" }).reminders, this.lastReminder, today);
		if (shown === this.lastReminder) return;
		this.lastReminder = shown;
		await this.persist();
	}

	private async writeReportFor(services: Services, sessionPath: string): Promise<void> {
		const previous = await loadPreviousActions(this.app, services.myNotes().lastReport());
		new ReportModal(services, previous, sessionPath).open();
	}

	/** Reads the methods folder again now: for tests and the demo. */
	reloadMethods(): Promise<unknown> {
		return this.methods?.reload() ?? Promise.resolve();
	}

	private services(vaultIndex: VaultIndex, resolver: ObsidianLinkResolver, methods: MethodLibrary): Services {
		const app = this.app;
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
			methods: () => methods.current(),
			groupRecords: () => {
				vaultIndex.ensureLoaded();
				return vaultIndex.groupRecords;
			},
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
		await this.saveData({ settings: this.current, drafts: this.drafts, lastReminder: this.lastReminder } satisfies SavedData);
	}
}
