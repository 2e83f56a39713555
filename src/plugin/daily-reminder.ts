import { Notice } from "obsidian";
import type { Reminder } from "../core/dashboard/dashboard-model";
import { DASHBOARD_STRINGS } from "../core/i18n/dashboard-strings";
import { ui, uiDay, uiLanguage } from "./ui-language";

const SHOWN = 3;

/** The text of the one notice a day: what needs doing, the most urgent first. */
export function reminderNotice(reminders: readonly Reminder[]): string {
	const t = DASHBOARD_STRINGS[uiLanguage()];
	const lines = reminders.slice(0, SHOWN).map((r) => `• ${t.reminders[r.kind](r.title)}${r.date ? ` (${uiDay(r.date, "compact")})` : ""}`);
	const more = reminders.length - SHOWN;
	return [ui().notices.remindersHeading(reminders.length), ...lines, ...(more > 0 ? [ui().notices.remindersMore(more)] : [])].join("\n");
}

/** Shows the reminders once a day, at the first start of Obsidian that day; returns the day it was shown. */
export function remindOncePerDay(reminders: readonly Reminder[], lastShown: string | null, today: string): string | null {
	if (lastShown === today || reminders.length === 0) return lastShown;
	new Notice(reminderNotice(reminders), 12_000);
	return today;
}
