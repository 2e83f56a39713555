import { insideVault } from "../files/inside-vault";
import type { Language } from "../i18n/language";
import { DEFAULT_METHOD_ID } from "../methods/catalogue";
import type { NoteKind } from "../schema/kinds";
import { NOTE_TEXTS } from "../templates/note-texts";

export interface IntervisieSettings {
	myName: string;
	/** Language of new notes; a vault setting, first taken from Obsidian's language. */
	notesLanguage: Language;
	folders: Record<NoteKind, string>;
	scaleMin: number;
	scaleMax: number;
	defaultMethod: string;
	/** Folder of user templates that override the built-in ones; empty for none. */
	templateFolder: string;
	/** One notice a day, when Obsidian starts, with what needs doing. */
	dailyReminder: boolean;
	/** How many days ahead reminders look. */
	reminderDays: number;
	/** Folder of the group's own method notes, shown beside the built-in methods; empty for none. */
	methodsFolder: string;
	/** Reflection model whose prompts a new report follows; `plain` is the intervisie report. */
	reflectionModel: string;
	/** Where group folders live: one per trajectory, a subfolder per member. */
	groupsFolder: string;
}

export function defaultSettings(language: Language): IntervisieSettings {
	const folders = NOTE_TEXTS[language].folders;
	return {
		myName: "",
		notesLanguage: language,
		folders: {
			trajectory: folders.trajectory,
			goal: folders.goal,
			case: folders.case,
			session: folders.session,
			report: folders.report,
			intake: folders.intake,
			evaluation: folders.evaluation,
		},
		scaleMin: 1,
		scaleMax: 10,
		defaultMethod: DEFAULT_METHOD_ID,
		templateFolder: "",
		dailyReminder: true,
		reminderDays: 7,
		methodsFolder: `${folders.base}/${language === "nl" ? "Methoden" : "Methods"}`,
		reflectionModel: "plain",
		groupsFolder: `${folders.base}/${language === "nl" ? "Groepen" : "Groups"}`,
	};
}

function text(value: unknown, fallback: string): string {
	return typeof value === "string" ? value : fallback;
}

/** A folder that would take a write out of the vault (`..`, a drive) is replaced by the default. */
function folder(value: unknown, fallback: string): string {
	return typeof value === "string" ? (insideVault(value) ?? fallback) : fallback;
}

function whole(value: unknown, fallback: number): number {
	return typeof value === "number" && Number.isInteger(value) ? value : fallback;
}

/** Settings from saved data, with every missing or damaged value replaced by its default. */
export function settingsFromData(data: unknown, language: Language): IntervisieSettings {
	const saved = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
	const notesLanguage: Language = saved.notesLanguage === "nl" || saved.notesLanguage === "en" ? saved.notesLanguage : language;
	const defaults = defaultSettings(notesLanguage);
	const folders = (saved.folders && typeof saved.folders === "object" ? saved.folders : {}) as Record<string, unknown>;
	const scaleMin = whole(saved.scaleMin, defaults.scaleMin);
	const scaleMax = whole(saved.scaleMax, defaults.scaleMax);
	return {
		myName: text(saved.myName, defaults.myName).trim(),
		notesLanguage,
		folders: {
			trajectory: folder(folders.trajectory, defaults.folders.trajectory),
			goal: folder(folders.goal, defaults.folders.goal),
			case: folder(folders.case, defaults.folders.case),
			session: folder(folders.session, defaults.folders.session),
			report: folder(folders.report, defaults.folders.report),
			intake: folder(folders.intake, defaults.folders.intake),
			evaluation: folder(folders.evaluation, defaults.folders.evaluation),
		},
		scaleMin: scaleMin < scaleMax ? scaleMin : defaults.scaleMin,
		scaleMax: scaleMin < scaleMax ? scaleMax : defaults.scaleMax,
		defaultMethod: text(saved.defaultMethod, defaults.defaultMethod),
		templateFolder: folder(saved.templateFolder, defaults.templateFolder),
		dailyReminder: typeof saved.dailyReminder === "boolean" ? saved.dailyReminder : defaults.dailyReminder,
		reminderDays: Math.min(60, Math.max(0, whole(saved.reminderDays, defaults.reminderDays))),
		methodsFolder: folder(saved.methodsFolder, defaults.methodsFolder),
		reflectionModel: text(saved.reflectionModel, defaults.reflectionModel),
		groupsFolder: folder(saved.groupsFolder, defaults.groupsFolder),
	};
}
