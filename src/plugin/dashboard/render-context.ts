import { DASHBOARD_STRINGS } from "../../core/i18n/dashboard-strings";
import type { DashboardStrings } from "../../core/i18n/dashboard-strings";
import { UI_STRINGS } from "../../core/i18n/ui-strings";
import type { UiStrings } from "../../core/i18n/ui-strings";
import type { Language } from "../../core/i18n/language";
import { uiLanguage } from "../ui-language";
import type { DashboardSource } from "./dashboard-source";

/** What every section renderer gets: the words in the UI language, and the source to open notes with. */
export interface RenderContext {
	language: Language;
	t: DashboardStrings;
	ui: UiStrings;
	source: DashboardSource;
}

/** Read per render, so a language change shows on the next one. */
export function renderContext(source: DashboardSource): RenderContext {
	const language = uiLanguage();
	return { language, t: DASHBOARD_STRINGS[language], ui: UI_STRINGS[language], source };
}
