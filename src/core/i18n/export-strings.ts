import { GLOSSARY } from "./glossary";
import type { Language } from "./language";

const EN = GLOSSARY.en;
const NL = GLOSSARY.nl;

/** Texts of the command that exports the trajectory report, in sentence case. */
const en = {
	command: "Export trajectory report",
	title: "Export trajectory report",
	trajectory: "Trajectory",
	intro: "A note for the final evaluation with your goals, progress, sessions and what you learned. Private parts and other members' cases are never in it. Untick what you want to keep out.",
	insights: "What I learned",
	actions: "Actions",
	none: "Nothing here yet.",
	create: "Create report note",
	cancel: EN.cancel,
	noTrajectory: "Create a trajectory first: the report follows one trajectory.",
	created: (path: string) => `Created ${path}. Use Obsidian's "Export to PDF" to print it.`,
	failed: (reason: string) => `Could not create the report: ${reason}`,
};

export type ExportStrings = typeof en;

const nl: ExportStrings = {
	command: "Trajectverslag exporteren",
	title: "Trajectverslag exporteren",
	trajectory: "Traject",
	intro: "Een notitie voor de eindevaluatie met je leerdoelen, voortgang, bijeenkomsten en wat je leerde. Privédelen en de casussen van anderen staan er nooit in. Vink uit wat je erbuiten wilt laten.",
	insights: "Wat ik leerde",
	actions: "Acties",
	none: "Hier staat nog niets.",
	create: "Verslagnotitie maken",
	cancel: NL.cancel,
	noTrajectory: "Maak eerst een traject: het verslag volgt één traject.",
	created: (path) => `${path} gemaakt. Met „Exporteren naar pdf” van Obsidian druk je het af.`,
	failed: (reason) => `Het verslag kon niet worden gemaakt: ${reason}`,
};

export const EXPORT_STRINGS: Readonly<Record<Language, ExportStrings>> = { en, nl };
