import type { Language } from "../../core/i18n/language";
import { DASHBOARD_STRINGS } from "../../core/i18n/dashboard-strings";
import type { DashboardStrings } from "../../core/i18n/dashboard-strings";
import { FACILITATOR_STRINGS } from "../../core/i18n/facilitator-strings";
import type { FacilitatorStrings } from "../../core/i18n/facilitator-strings";
import { UI_STRINGS } from "../../core/i18n/ui-strings";
import type { UiStrings } from "../../core/i18n/ui-strings";
import type { NoteOpener } from "../dashboard/note-link";

/** What the view hands the renderer: how to open a note (in a new tab when `newLeaf`). */
export type FacilitatorRenderContext = NoteOpener;

/** What every section renderer gets: the words in the model's language, and the way to open notes. */
export interface FacilitatorSectionContext {
	language: Language;
	t: FacilitatorStrings;
	/** Dates, relative days and chart words are shared with the dashboard. */
	d: DashboardStrings;
	ui: UiStrings;
	opener: NoteOpener;
}

export function sectionContext(language: Language, ctx: FacilitatorRenderContext): FacilitatorSectionContext {
	return {
		language,
		t: FACILITATOR_STRINGS[language],
		d: DASHBOARD_STRINGS[language],
		ui: UI_STRINGS[language],
		opener: ctx,
	};
}
