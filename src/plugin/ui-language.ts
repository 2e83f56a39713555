import { getLanguage } from "obsidian";
import type { DayPlace } from "../core/dates/format-day";
import { showDay } from "../core/i18n/date-words";
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

/** A `YYYY-MM-DD` day as the interface shows it: in full inside a sentence, short as a label; never broken. */
export function uiDay(day: string, place: DayPlace): string {
	return showDay(day, uiLanguage(), place);
}
