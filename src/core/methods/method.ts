import type { Language } from "../i18n/language";

export type Localized = Readonly<Record<Language, string>>;

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
}
