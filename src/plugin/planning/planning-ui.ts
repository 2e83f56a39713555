import { PLANNING_STRINGS } from "../../core/i18n/planning-strings";
import type { PlanningStrings } from "../../core/i18n/planning-strings";
import { uiLanguage } from "../ui-language";

/** Texts of the planning commands in Obsidian's language. */
export function planningUi(): PlanningStrings {
	return PLANNING_STRINGS[uiLanguage()];
}
