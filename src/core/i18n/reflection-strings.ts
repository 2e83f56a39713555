import type { Language } from "./language";

/** Texts of the reflection model choice, in the settings and in the report form. */
const en = {
	field: "Reflection model",
	settingDesc: "The prompts a new session report starts with. You can choose another model in each report.",
};

export type ReflectionStrings = typeof en;

const nl: ReflectionStrings = {
	field: "Reflectiemodel",
	settingDesc: "De vragen waarmee een nieuw verslag begint. Per verslag kun je een ander model kiezen.",
};

export const REFLECTION_STRINGS: Readonly<Record<Language, ReflectionStrings>> = { nl, en };
