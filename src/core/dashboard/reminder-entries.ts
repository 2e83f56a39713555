import type { Reminder } from "./dashboard-model";

/** A reminder with whether it is shown as urgent. */
export interface ReminderLine {
	reminder: Reminder;
	urgent: boolean;
}

/** A reminder on its own line, or the overdue actions gathered into one line that opens to list them. */
export type ReminderEntry = { kind: "single"; line: ReminderLine } | { kind: "actions"; lines: ReminderLine[]; urgent: boolean };

const A_WEEK = 7;

/**
 * Red is kept for what needs doing now: due today, or overdue by more than a week. Something a few days late
 * is shown in the normal text colour, so a dashboard never opens on a wall of alarms.
 */
export function isUrgent(days: number | null): boolean {
	return days === 0 || (days !== null && days < -A_WEEK);
}

/** The reminders as shown: two or more overdue actions become one line, where the first of them stood. */
export function reminderEntries(reminders: readonly Reminder[]): ReminderEntry[] {
	const lines = reminders.map((reminder): ReminderLine => ({ reminder, urgent: isUrgent(reminder.days) }));
	const actions = lines.filter((line) => line.reminder.kind === "action-overdue");
	if (actions.length < 2) return lines.map((line) => ({ kind: "single", line }));
	const entries: ReminderEntry[] = [];
	for (const line of lines) {
		if (line.reminder.kind !== "action-overdue") entries.push({ kind: "single", line });
		else if (line === actions[0]) entries.push({ kind: "actions", lines: actions, urgent: actions.some((a) => a.urgent) });
	}
	return entries;
}
