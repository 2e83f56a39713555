import type { Language } from "./language";

/** A word in its singular and plural form, in lower case as it stands inside a sentence. */
export interface Term {
	one: string;
	many: string;
}

/** A word a string never uses in this language, and what it says instead. */
export interface BannedWord {
	/** Matched as a whole word, in any case. */
	word: string;
	instead: string;
}

/**
 * The one word for each idea of the practice, per language. Every string file uses these words; the
 * banned list names the synonyms that crept in before and must not return.
 */
export interface Glossary {
	goal: Term;
	/** The date a goal aims at (property `deadline`). */
	targetDate: Term;
	/** The situation a case-bringer brings into a session. */
	case: Term;
	/** The note in which a case-bringer prepares the case. */
	casePreparation: Term;
	session: Term;
	report: Term;
	/** Guides the whole trajectory, often from outside the group (property `facilitator` of a trajectory). */
	facilitator: Term;
	/** Leads one session, never its case-bringer; a role that rotates (property `facilitator` of a session). */
	chair: Term;
	caseBringer: Term;
	noteTaker: Term;
	/** Another note that links to a goal: a daily note, a meeting note. */
	linkedNote: Term;
	/** The button that closes a dialog without doing anything. */
	cancel: string;
	banned: readonly BannedWord[];
	/** Whole labels no button or heading may have. */
	bannedLabels: readonly string[];
}

const t = (one: string, many: string): Term => ({ one, many });

export const GLOSSARY: Readonly<Record<Language, Glossary>> = {
	nl: {
		goal: t("leerdoel", "leerdoelen"),
		targetDate: t("streefdatum", "streefdata"),
		case: t("casus", "casussen"),
		casePreparation: t("casusvoorbereiding", "casusvoorbereidingen"),
		session: t("bijeenkomst", "bijeenkomsten"),
		report: t("verslag", "verslagen"),
		facilitator: t("begeleider", "begeleiders"),
		chair: t("gespreksleider", "gespreksleiders"),
		caseBringer: t("inbrenger", "inbrengers"),
		noteTaker: t("verslaglegger", "verslagleggers"),
		linkedNote: t("gekoppelde notitie", "gekoppelde notities"),
		cancel: "Annuleren",
		banned: [
			{ word: "deadline", instead: "streefdatum" },
			{ word: "deadlines", instead: "streefdata" },
			{ word: "bewijsnotitie", instead: "gekoppelde notitie" },
			{ word: "bewijsnotities", instead: "gekoppelde notities" },
			{ word: "facilitator", instead: "begeleider of gespreksleider" },
			{ word: "casusinbrenger", instead: "inbrenger" },
			{ word: "voorzitter", instead: "gespreksleider" },
			{ word: "notulist", instead: "verslaglegger" },
			{ word: "sessie", instead: "bijeenkomst" },
			{ word: "sessies", instead: "bijeenkomsten" },
		],
		bannedLabels: ["Sluiten"],
	},
	en: {
		goal: t("learning goal", "learning goals"),
		targetDate: t("target date", "target dates"),
		case: t("case", "cases"),
		casePreparation: t("case preparation", "case preparations"),
		session: t("session", "sessions"),
		report: t("report", "reports"),
		facilitator: t("facilitator", "facilitators"),
		chair: t("chair", "chairs"),
		caseBringer: t("case-bringer", "case-bringers"),
		noteTaker: t("note-taker", "note-takers"),
		linkedNote: t("linked note", "linked notes"),
		cancel: "Cancel",
		banned: [
			{ word: "deadline", instead: "target date" },
			{ word: "deadlines", instead: "target dates" },
			{ word: "evidence note", instead: "linked note" },
			{ word: "evidence notes", instead: "linked notes" },
			{ word: "case bringer", instead: "case-bringer" },
			{ word: "note taker", instead: "note-taker" },
		],
		bannedLabels: ["Close"],
	},
};

/** A term at the start of a label or sentence. */
export function capital(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
