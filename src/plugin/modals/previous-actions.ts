import type { App } from "obsidian";
import { TFile } from "obsidian";
import type { Action } from "../../core/notes/actions";
import { openActions } from "../../core/notes/actions";
import type { ReportNote } from "../../core/schema/notes";
import { ui } from "../ui-language";

/** The open actions of my last report: the accountability round looks back on them. */
export async function loadPreviousActions(app: App, report: ReportNote | null): Promise<Action[]> {
	if (!report) return [];
	const file = app.vault.getAbstractFileByPath(report.path);
	if (!(file instanceof TFile)) return [];
	try {
		return openActions(await app.vault.cachedRead(file));
	} catch {
		return [];
	}
}

export function renderPreviousActions(el: HTMLElement, actions: readonly Action[]): void {
	const box = el.createDiv({ cls: "intervisie-previous-actions" });
	box.createDiv({ cls: "intervisie-subheading", text: ui().common.previousActions });
	if (actions.length === 0) {
		box.createDiv({ cls: "intervisie-muted", text: ui().common.noPreviousActions });
		return;
	}
	const list = box.createEl("ul");
	for (const action of actions) {
		const item = list.createEl("li", { text: action.text });
		if (action.due) item.createSpan({ cls: "intervisie-muted", text: ` (${ui().common.due(action.due)})` });
	}
}
