import type { Language } from "./language";

export interface BasesStrings {
	command: string;
	/** Where the files went when the folder is the vault root: "Created 3 Bases views in …". */
	vaultRoot: string;
	/** What was created and what was left alone (`kept`: already there, never overwritten). */
	result: (created: number, kept: number, where: string) => string;
	failed: (created: number, where: string, reason: string) => string;
}

const enViews = (n: number) => (n === 1 ? "1 Bases view" : `${n} Bases views`);
const nlViews = (n: number) => (n === 1 ? "1 Bases-weergave" : `${n} Bases-weergaven`);

const en: BasesStrings = {
	command: "Create Bases views",
	vaultRoot: "the vault root",
	result: (created, kept, where) => {
		if (created === 0) return kept === 1 ? `The Bases view in ${where} already exists; nothing was changed.` : `All ${kept} Bases views in ${where} already exist; nothing was changed.`;
		const done = `Created ${enViews(created)} in ${where}`;
		if (kept === 0) return `${done}.`;
		return `${done}; ${kept} already existed and ${kept === 1 ? "was left as it was" : "were left as they were"}.`;
	},
	failed: (created, where, reason) =>
		created > 0 ? `Created ${enViews(created)} in ${where}, but could not create the others: ${reason}` : `Could not create the Bases views in ${where}: ${reason}`,
};

const nl: BasesStrings = {
	command: "Bases-weergaven maken",
	vaultRoot: "de hoofdmap van de kluis",
	result: (created, kept, where) => {
		if (created === 0) return kept === 1 ? `De Bases-weergave in ${where} bestaat al; er is niets gewijzigd.` : `Alle ${kept} Bases-weergaven in ${where} bestaan al; er is niets gewijzigd.`;
		const done = `${nlViews(created)} gemaakt in ${where}`;
		if (kept === 0) return `${done}.`;
		return `${done}; ${kept} ${kept === 1 ? "bestond al en is" : "bestonden al en zijn"} niet gewijzigd.`;
	},
	failed: (created, where, reason) =>
		created > 0 ? `${nlViews(created)} gemaakt in ${where}, maar de andere konden niet worden gemaakt: ${reason}` : `Kon de Bases-weergaven in ${where} niet maken: ${reason}`,
};

export const BASES_STRINGS: Record<Language, BasesStrings> = { nl, en };
