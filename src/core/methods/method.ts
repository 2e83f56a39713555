import type { Language } from "../i18n/language";

export type Localized = Readonly<Record<Language, string>>;

/** The same text in every language, for what a group writes down in its own words. */
export function inBothLanguages(text: string): Localized {
	return { nl: text, en: text };
}

/** The roles a method asks for; roles rotate per session and the facilitator is never the case-bringer. */
export const ROLE_IDS = ["case-bringer", "facilitator", "note-taker", "timekeeper", "observer", "participants"] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface MethodStep {
	id: string;
	name: Localized;
	minutes: number;
	/** One sentence on what the phase is for, shown to the facilitator while it runs; may be empty for a group's own method. */
	purpose: Localized;
	/** Up to three short reminders for the facilitator during the phase. */
	prompts: readonly Localized[];
	/** Peers question the case-bringer in this phase: the question coach reads its notes. */
	questionRound?: boolean;
}

/** A preparation prompt becomes a section of the case note: a heading and a line that says what to write. */
export interface PreparationPrompt {
	heading: Localized;
	prompt: Localized;
}

export interface IntervisieMethod {
	id: string;
	name: Localized;
	description: Localized;
	steps: readonly MethodStep[];
	preparation: readonly PreparationPrompt[];
	/** The roles the method needs in a session. */
	roles: readonly RoleId[];
	/** Which groups the method suits. */
	fits: Localized;
	/** An optional extra hint for the case-bringer, shown with the preparation. */
	preparesHint?: Localized;
}
