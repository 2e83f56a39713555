import type { App } from "obsidian";
import { Notice, TFile } from "obsidian";
import { ACTION_STRINGS } from "../../core/i18n/action-strings";
import type { Action } from "../../core/notes/actions";
import type { ActionEdit } from "../../core/notes/edit-action";
import { editAction } from "../../core/notes/edit-action";
import { reason } from "../note-writer";
import { ui, uiLanguage } from "../ui-language";

/**
 * Ticks off or re-dates an action in the note that holds it, where the action is listed. Only the action's own
 * line changes; when that line changed meanwhile, nothing is written and a notice says so. True when written.
 */
export async function editListedAction(app: App, path: string, action: Action, edit: ActionEdit): Promise<boolean> {
	const t = ACTION_STRINGS[uiLanguage()];
	const file = app.vault.getAbstractFileByPath(path);
	if (!(file instanceof TFile)) {
		new Notice(t.changedMeanwhile(action.text));
		return false;
	}
	let found = false;
	try {
		await app.vault.process(file, (text) => {
			const edited = editAction(text, action, edit);
			found = edited !== null;
			return edited ?? text;
		});
	} catch (error) {
		new Notice(ui().notices.writeFailed(file.basename, reason(error)));
		return false;
	}
	new Notice(!found ? t.changedMeanwhile(action.text) : "done" in edit ? t.ticked(action.text) : t.redated(action.text, edit.due));
	return found;
}
