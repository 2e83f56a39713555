import { isDay } from "../../core/dates/local-day";
import type { ActionStrings } from "../../core/i18n/action-strings";
import type { Action } from "../../core/notes/actions";

export interface ActionControlHandlers {
	done(): void;
	redate(due: string): void;
}

/**
 * *Done* and a labelled date field for one action, wherever it is listed (the dashboard's reminders, the
 * look-back of a form). `key` makes each control findable again after a live redraw.
 */
export function renderActionControls(parent: HTMLElement, action: Action, t: ActionStrings, on: ActionControlHandlers, key?: string): HTMLElement {
	const controls = parent.createDiv({ cls: "intervisie-action-controls" });
	const keyed = (suffix: string): Record<string, string> => (key === undefined ? {} : { "data-key": `${key}:${suffix}` });
	const done = controls.createEl("button", { text: t.done, attr: { type: "button", "aria-label": t.doneLabel(action.text), ...keyed("done") } });
	done.addEventListener("click", () => on.done());
	const label = controls.createEl("label", { cls: "intervisie-action-new-date" });
	label.createSpan({ text: t.newDate });
	const date = label.createEl("input", { type: "date", attr: { "aria-label": t.newDateLabel(action.text), ...keyed("date") } });
	if (action.due) date.value = action.due;
	date.addEventListener("change", () => {
		if (isDay(date.value) && date.value !== action.due) on.redate(date.value);
	});
	return controls;
}
