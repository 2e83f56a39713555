import type { App } from "obsidian";
import { TFile } from "obsidian";
import { ACTION_STRINGS } from "../../core/i18n/action-strings";
import type { Action } from "../../core/notes/actions";
import { openActions } from "../../core/notes/actions";
import type { PreviousActions } from "../../core/notes/look-back";
import { NO_PREVIOUS_ACTIONS } from "../../core/notes/look-back";
import type { ReportNote } from "../../core/schema/notes";
import { renderActionControls } from "../actions/action-controls";
import { editListedAction } from "../actions/listed-action";
import { ui, uiDay, uiLanguage } from "../ui-language";

/** The open actions of my last report: the accountability round looks back on them. */
export async function loadPreviousActions(app: App, report: ReportNote | null): Promise<PreviousActions> {
	const file = report ? app.vault.getAbstractFileByPath(report.path) : null;
	if (!(file instanceof TFile)) return NO_PREVIOUS_ACTIONS;
	try {
		return { from: app.metadataCache.fileToLinktext(file, "", true), actions: openActions(await app.vault.cachedRead(file)), path: file.path };
	} catch {
		return NO_PREVIOUS_ACTIONS;
	}
}

/**
 * Last time's open actions, each ticked off or given a new date right here, in the report that holds it.
 * `changed` hears the list as it stands after each edit, so the new note looks back on what is still open.
 */
export function renderPreviousActions(el: HTMLElement, previous: PreviousActions, app: App, today: string, changed: (next: PreviousActions) => void): void {
	const box = el.createDiv({ cls: "intervisie-previous-actions" });
	let current = previous;
	const draw = () => {
		box.empty();
		box.createDiv({ cls: "intervisie-subheading", text: ui().common.previousActions });
		if (current.actions.length === 0) {
			box.createDiv({ cls: "intervisie-muted", text: ui().common.noPreviousActions });
			return;
		}
		const list = box.createEl("ul");
		for (const action of current.actions) drawAction(list, action);
	};
	const replace = (action: Action, next: Action | null) => {
		current = { ...current, actions: current.actions.flatMap((a) => (a === action ? (next ? [next] : []) : [a])) };
		changed(current);
		draw();
	};
	const drawAction = (list: HTMLElement, action: Action) => {
		const item = list.createEl("li", { cls: "intervisie-previous-action" });
		item.createSpan({ text: action.text });
		if (action.due) item.createSpan({ cls: "intervisie-muted intervisie-nowrap", text: ` (${ui().common.due(uiDay(action.due, "compact"))})` });
		const path = current.path;
		if (!path) return;
		renderActionControls(item, action, ACTION_STRINGS[uiLanguage()], {
			done: () => void editListedAction(app, path, action, { done: today }).then((ok) => ok && replace(action, null)),
			redate: (due) => void editListedAction(app, path, action, { due }).then((ok) => ok && replace(action, { ...action, due })),
		});
	};
	draw();
}
