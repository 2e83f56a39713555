import type { Language } from "./language";

/** Words for ticking off an action or marking a case ready where it is listed. */
export interface ActionStrings {
	done: string;
	doneLabel(text: string): string;
	newDate: string;
	newDateLabel(text: string): string;
	ticked(text: string): string;
	redated(text: string, day: string): string;
	changedMeanwhile(text: string): string;
	pastTheirDate(count: number): string;
	markReady: string;
	markReadyLabel(title: string): string;
	markedReady(title: string): string;
	markReadyCommand: string;
	noCaseToMark: string;
	dateOf(n: number): string;
	addAction: string;
	reportDetails: string;
}

export const ACTION_STRINGS: Record<Language, ActionStrings> = {
	en: {
		done: "Done",
		doneLabel: (text) => `Done: ${text}`,
		newDate: "New date",
		newDateLabel: (text) => `New date: ${text}`,
		ticked: (text) => `Ticked off: ${text}`,
		redated: (text, day) => `"${text}" is now due ${day}.`,
		changedMeanwhile: (text) => `"${text}" changed in its note meanwhile. Open the note to change it there.`,
		pastTheirDate: (count) => (count === 1 ? "1 action past its date" : `${count} actions past their date`),
		markReady: "Mark ready",
		markReadyLabel: (title) => `Mark ready: ${title}`,
		markedReady: (title) => `"${title}" is marked ready.`,
		markReadyCommand: "Mark case ready",
		noCaseToMark: "You have no case preparation that still needs to be marked ready.",
		dateOf: (n) => `Action ${n}, date`,
		addAction: "Add another action",
		reportDetails: "Date, case, role and reflection model",
	},
	nl: {
		done: "Gedaan",
		doneLabel: (text) => `Gedaan: ${text}`,
		newDate: "Nieuwe datum",
		newDateLabel: (text) => `Nieuwe datum: ${text}`,
		ticked: (text) => `Afgevinkt: ${text}`,
		redated: (text, day) => `"${text}" staat nu op ${day}.`,
		changedMeanwhile: (text) => `"${text}" is intussen in de notitie veranderd. Open de notitie om het daar te wijzigen.`,
		pastTheirDate: (count) => (count === 1 ? "1 actie over de datum" : `${count} acties over de datum`),
		markReady: "Markeer als klaar",
		markReadyLabel: (title) => `Markeer als klaar: ${title}`,
		markedReady: (title) => `"${title}" staat op klaar.`,
		markReadyCommand: "Casus als klaar markeren",
		noCaseToMark: "Je hebt geen casusvoorbereiding die nog als klaar gemarkeerd moet worden.",
		dateOf: (n) => `Actie ${n}, datum`,
		addAction: "Nog een actie toevoegen",
		reportDetails: "Datum, casus, rol en reflectiemodel",
	},
};
