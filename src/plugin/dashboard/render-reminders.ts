import type { Reminder } from "../../core/dashboard/dashboard-model";
import { formatDay, relativeDays } from "./format";
import { makeNoteLink } from "./note-link";
import type { RenderContext } from "./render-context";
import { createSection } from "./section";

/** What needs doing soon, each row opening the note to do it in. Omitted when there is nothing. */
export function renderReminders(parent: DocumentFragment, reminders: readonly Reminder[], ctx: RenderContext): void {
	if (reminders.length === 0) return;
	const { t } = ctx;
	const section = createSection(parent, "reminders", t.sections.reminders);
	const list = section.createEl("ul", { cls: "intervisie-dash-rows" });
	reminders.forEach((reminder, index) => {
		const text = t.reminders[reminder.kind](reminder.title);
		const when = [reminder.date ? formatDay(reminder.date, t) : null, reminder.days === null ? null : relativeDays(reminder.days, t)]
			.filter((part): part is string => part !== null)
			.join(", ");
		const item = list.createEl("li", { cls: ["intervisie-dash-row", `intervisie-dash-reminder-${reminder.kind}`] });
		item.toggleClass("intervisie-dash-overdue", reminder.days !== null && reminder.days < 0);
		// The list item stays a list item; the link inside it reads all that the row shows.
		const row = makeNoteLink(item.createDiv({ cls: "intervisie-dash-row-link" }), ctx.source, { path: reminder.path, key: `reminder:${index}:${reminder.path}` });
		row.createDiv({ cls: "intervisie-dash-row-title", text });
		if (when) row.createDiv({ cls: "intervisie-dash-muted", text: when });
	});
}
