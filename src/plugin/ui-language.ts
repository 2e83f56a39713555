import { getLanguage } from "obsidian";
import { toLanguage } from "../core/i18n/language";
import type { Language } from "../core/i18n/language";
import { UI_STRINGS } from "../core/i18n/ui-strings";
import type { UiStrings } from "../core/i18n/ui-strings";

/** The interface language: Obsidian's own. (Notes have their own language setting.) */
export function uiLanguage(): Language {
	return toLanguage(getLanguage());
}

export function ui(): UiStrings {
	return UI_STRINGS[uiLanguage()];
}
