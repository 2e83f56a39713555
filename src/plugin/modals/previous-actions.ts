import type { App } from "obsidian";
import { TFile } from "obsidian";
import { openActions } from "../../core/notes/actions";
import type { PreviousActions } from "../../core/notes/look-back";
import { NO_PREVIOUS_ACTIONS } from "../../core/notes/look-back";
import type { ReportNote } from "../../core/schema/notes";
import { ui, uiDay } from "../ui-language";

/** The open actions of my last report: the accountability round looks back on them. */
export async function loadPreviousActions(app: App, report: ReportNote | null): Promise<PreviousActions> {
	const file = report ? app.vault.getAbstractFileByPath(report.path) : null;
	if (!(file instanceof TFile)) return NO_PREVIOUS_ACTIONS;
	try {
		return { from: app.metadataCache.fileToLinktext(file, "", true), actions: openActions(await app.vault.cachedRead(file)) };
	} catch {
		return NO_PREVIOUS_ACTIONS;
	}
}

export function renderPreviousActions(el: HTMLElement, { actions }: PreviousActions): void {
	const box = el.createDiv({ cls: "intervisie-previous-actions" });
	box.createDiv({ cls: "intervisie-subheading", text: ui().common.previousActions });
	if (actions.length === 0) {
		box.createDiv({ cls: "intervisie-muted", text: ui().common.noPreviousActions });
		return;
	}
	const list = box.createEl("ul");
	for (const action of actions) {
		const item = list.createEl("li", { text: action.text });
		if (action.due) item.createSpan({ cls: "intervisie-muted", text: ` (${ui().common.due(uiDay(action.due, "compact"))})` });
	}
}
