import type { Language } from "../i18n/language";

export type Localized = Readonly<Record<Language, string>>;

/** The roles a method asks for; roles rotate per session and the facilitator is never the case-bringer. */
export type RoleId = "case-bringer" | "facilitator" | "note-taker" | "timekeeper" | "observer" | "participants";

export interface MethodStep {
	id: string;
	name: Localized;
	minutes: number;
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
