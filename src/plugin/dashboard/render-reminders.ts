import type { Reminder } from "../../core/dashboard/dashboard-model";
import type { ReminderLine } from "../../core/dashboard/reminder-entries";
import { reminderEntries } from "../../core/dashboard/reminder-entries";
import { ACTION_STRINGS } from "../../core/i18n/action-strings";
import { renderActionControls } from "../actions/action-controls";
import { fillWhenOpened } from "../lazy-details";
import { formatDay, relativeDays } from "./format";
import { makeNoteLink } from "./note-link";
import type { RenderContext } from "./render-context";
import { createSection } from "./section";

/**
 * What needs doing soon, each row opening the note to do it in. Two or more overdue actions share one line that
 * opens to list them (built when it is first opened); an action is ticked off or given a new date, and my case marked ready, where it is listed.
 * Omitted when there is nothing.
 */
export function renderReminders(parent: DocumentFragment, reminders: readonly Reminder[], today: string, ctx: RenderContext): void {
	if (reminders.length === 0) return;
	const section = createSection(parent, "reminders", ctx.t.sections.reminders);
	const list = section.createEl("ul", { cls: "intervisie-dash-rows" });
	const keyOf = (reminder: Reminder) => `reminder:${reminders.indexOf(reminder)}:${reminder.path}`;
	for (const entry of reminderEntries(reminders)) {
		if (entry.kind === "single") {
			renderLine(list, entry.line, keyOf(entry.line.reminder), today, ctx);
			continue;
		}
		const item = list.createEl("li", { cls: ["intervisie-dash-row", "intervisie-dash-reminder-group"] });
		item.toggleClass("intervisie-dash-overdue", entry.urgent);
		const details = item.createEl("details", { attr: { "data-key": "reminder-actions" } });
		details.createEl("summary", { cls: "intervisie-dash-row-title", text: ACTION_STRINGS[ctx.language].pastTheirDate(entry.lines.length) });
		const inner = details.createEl("ul", { cls: "intervisie-dash-rows" });
		fillWhenOpened(details, () => {
			for (const line of entry.lines) renderLine(inner, line, keyOf(line.reminder), today, ctx);
		});
	}
}

function renderLine(list: HTMLElement, { reminder, urgent }: ReminderLine, key: string, today: string, ctx: RenderContext): void {
	const { t } = ctx;
	const text = t.reminders[reminder.kind](reminder.title);
	const when = [reminder.date ? formatDay(reminder.date, t) : null, reminder.days === null ? null : relativeDays(reminder.days, t)]
		.filter((part): part is string => part !== null)
		.join(", ");
	const row = list.createEl("li", { cls: ["intervisie-dash-row", `intervisie-dash-reminder-${reminder.kind}`] });
	row.toggleClass("intervisie-dash-overdue", urgent);
	// The list item stays a list item; the link inside it reads all that the row shows.
	const link = makeNoteLink(row.createDiv({ cls: ["intervisie-dash-row-link", "intervisie-dash-reminder-link"] }), ctx.source, { path: reminder.path, key });
	link.createDiv({ cls: "intervisie-dash-row-title", text });
	if (when) link.createDiv({ cls: "intervisie-dash-muted", text: when });
	renderControls(row, reminder, key, today, ctx);
}

/** Buttons for what can be done right here: tick off or re-date an action, mark my case ready. */
function renderControls(row: HTMLElement, reminder: Reminder, key: string, today: string, ctx: RenderContext): void {
	const s = ACTION_STRINGS[ctx.language];
	if (reminder.kind === "case-not-ready" && reminder.caseNote) {
		const controls = row.createDiv({ cls: "intervisie-action-controls" });
		const ready = controls.createEl("button", { text: s.markReady, attr: { "aria-label": s.markReadyLabel(reminder.title), "data-key": `${key}:ready` } });
		ready.addEventListener("click", () => void ctx.source.markCaseReady(reminder.path, reminder.title));
		return;
	}
	if (reminder.kind !== "action-overdue") return;
	const action = { text: reminder.title, due: reminder.date };
	renderActionControls(row, action, s, { done: () => void ctx.source.editAction(reminder.path, action, { done: today }), redate: (due) => void ctx.source.editAction(reminder.path, action, { due }) }, key);
}
