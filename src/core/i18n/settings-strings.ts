import { GLOSSARY } from "./glossary";
import type { Language } from "./language";

const EN = GLOSSARY.en;
const NL = GLOSSARY.nl;

/** The settings tab, and the names of the languages. In sentence case. */
const en = {
	settings: {
		myName: "Your name",
		myNameDesc: "Marks your notes as yours and finds your role in sessions.",
		language: "Language of new notes",
		languageDesc: "Headings and prompts of new notes. The interface follows Obsidian's language.",
		folders: "Folders",
		folder: {
			trajectory: "Trajectories",
			goal: "Learning goals",
			case: "Case preparations",
			session: "Sessions",
			report: "Session reports",
			intake: "Intakes",
			evaluation: "Final evaluations",
		},
		folderDesc: "New notes of this kind go here.",
		scale: "Default rating scale",
		scaleDesc: "Used when a goal has no trajectory, or the trajectory sets none.",
		scaleBounds: ["Default rating scale, lowest", "Default rating scale, highest"] as readonly string[],
		method: "Default method",
		methodDesc: "The method a new case is prepared for.",
		templates: "Template folder",
		templatesDesc: "Optional. A note named goal, case, report, trajectory, session, intake or evaluation in this folder replaces the built-in template.",
		folderOutsideVault: "This folder would lie outside the vault (it climbs out with .. or names a drive), so it is not saved. Give a folder inside the vault.",
		groupsFolder: "Groups folder",
		groupsFolderDesc: "Where each trajectory's group folder lives, with a subfolder per member. Sync it with your group the way you already share files.",
		methodsFolder: "Methods folder",
		methodsFolderDesc: "Your group's own methods: a note per method with its steps and minutes. They appear beside the built-in methods.",
		reminders: "Reminders",
		dailyReminder: "Daily reminder",
		dailyReminderDesc: `Once a day, when Obsidian starts: a case to prepare, a report to write, a ${EN.targetDate.one} or an action that is due.`,
		reminderDays: "Days ahead",
		reminderDaysDesc: "How far ahead reminders look.",
	},
	languages: { nl: "Nederlands", en: "English" },
};

export type SettingsStrings = typeof en;

const nl: SettingsStrings = {
	settings: {
		myName: "Je naam",
		myNameDesc: "Markeert jouw notities en vindt je rol in bijeenkomsten.",
		language: "Taal van nieuwe notities",
		languageDesc: "Kopjes en vragen in nieuwe notities. De interface volgt de taal van Obsidian.",
		folders: "Mappen",
		folder: {
			trajectory: "Trajecten",
			goal: "Leerdoelen",
			case: "Casusvoorbereidingen",
			session: "Bijeenkomsten",
			report: "Verslagen",
			intake: "Intakegesprekken",
			evaluation: "Eindevaluaties",
		},
		folderDesc: "Nieuwe notities van deze soort komen hier.",
		scale: "Standaardschaal voor cijfers",
		scaleDesc: "Geldt als een leerdoel geen traject heeft, of het traject geen schaal noemt.",
		scaleBounds: ["Standaardschaal voor cijfers, laagste", "Standaardschaal voor cijfers, hoogste"],
		method: "Standaardmethode",
		methodDesc: "De methode waarvoor een nieuwe casus wordt voorbereid.",
		templates: "Map met sjablonen",
		templatesDesc: "Optioneel. Een notitie met de naam goal, case, report, trajectory, session, intake of evaluation in deze map vervangt het ingebouwde sjabloon.",
		folderOutsideVault: "Deze map zou buiten de kluis liggen (ze klimt eruit met .. of noemt een schijf), dus ze wordt niet bewaard. Kies een map binnen de kluis.",
		groupsFolder: "Map met groepen",
		groupsFolderDesc: "Hier staat per traject de groepsmap, met een submap per deelnemer. Synchroniseer die met je groep zoals jullie al bestanden delen.",
		methodsFolder: "Map met methoden",
		methodsFolderDesc: "De eigen methoden van je groep: een notitie per methode met de stappen en minuten. Ze staan naast de ingebouwde methoden.",
		reminders: "Herinneringen",
		dailyReminder: "Dagelijkse herinnering",
		dailyReminderDesc: `Eens per dag, als Obsidian start: een casus om voor te bereiden, een verslag om te schrijven, een ${NL.targetDate.one} of een actie die eraan komt.`,
		reminderDays: "Dagen vooruit",
		reminderDaysDesc: "Hoe ver herinneringen vooruit kijken.",
	},
	languages: { nl: "Nederlands", en: "English" },
};

/**
 * Needed only while the settings tab is open, and plain data: main.js stores it deflated (see
 * scripts/compressed-data.mjs).
 */
export function settingsStrings(): Readonly<Record<Language, SettingsStrings>> {
	return SETTINGS_STRINGS;
}

const SETTINGS_STRINGS: Readonly<Record<Language, SettingsStrings>> = { nl, en };
