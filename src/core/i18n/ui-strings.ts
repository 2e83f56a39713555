import { COMMAND_STRINGS } from "./command-strings";
import { FORM_STRINGS } from "./form-strings";
import { GOAL_FORM_STRINGS } from "./goal-form-strings";
import { GROUP_FORM_STRINGS } from "./group-form-strings";
import { NOTICE_STRINGS } from "./notice-strings";
import type { CommandStrings } from "./command-strings";
import type { FormStrings } from "./form-strings";
import type { GoalFormStrings } from "./goal-form-strings";
import type { GroupFormStrings } from "./group-form-strings";
import type { NoticeStrings } from "./notice-strings";
import type { Language } from "./language";

/** Every text the plugin's commands, forms and notices show, in sentence case (the settings tab's: settingsStrings). The UI follows Obsidian's language. */
export type UiStrings = CommandStrings &
	FormStrings &
	GoalFormStrings &
	GroupFormStrings &
	NoticeStrings;

export const UI_STRINGS: Readonly<Record<Language, UiStrings>> = {
	nl: { ...COMMAND_STRINGS.nl, ...FORM_STRINGS.nl, ...GOAL_FORM_STRINGS.nl, ...GROUP_FORM_STRINGS.nl, ...NOTICE_STRINGS.nl },
	en: { ...COMMAND_STRINGS.en, ...FORM_STRINGS.en, ...GOAL_FORM_STRINGS.en, ...GROUP_FORM_STRINGS.en, ...NOTICE_STRINGS.en },
};
