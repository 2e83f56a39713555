import { MarkdownView, Notice, TFile } from "obsidian";
import { isReady } from "../../core/dashboard/session-facts";
import { ACTION_STRINGS } from "../../core/i18n/action-strings";
import type { CaseNote } from "../../core/schema/notes";
import { markCaseReady as readyCase } from "../../core/schema/case-properties";
import { editFrontmatter } from "../frontmatter-editor";
import { ListSuggestModal } from "../modals/list-suggest-modal";
import type { Services } from "../services";
import { uiLanguage } from "../ui-language";

/** Mark case ready: the open case note, or one of my cases that is not ready yet, picked from a list. */
export function markCaseReadyCommand(services: Services): void {
	const t = ACTION_STRINGS[uiLanguage()];
	const mine = services.myNotes().cases().filter((kase) => !isReady(kase));
	const active = services.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? services.app.workspace.getActiveFile();
	const open = mine.find((kase) => kase.path === active?.path);
	if (open) {
		void markCaseReady(services, open);
		return;
	}
	if (mine.length === 0) {
		new Notice(t.noCaseToMark);
		return;
	}
	if (mine.length === 1 && mine[0]) {
		void markCaseReady(services, mine[0]);
		return;
	}
	new ListSuggestModal(services.app, mine, t.markReadyCommand, (kase) => kase.title, (kase) => void markCaseReady(services, kase)).open();
}

/** Sets the case's status to ready, the one property this changes. True when written. */
export async function markCaseReady(services: Services, kase: Pick<CaseNote, "path" | "title">): Promise<boolean> {
	const file = services.app.vault.getAbstractFileByPath(kase.path);
	if (!(file instanceof TFile)) return false;
	const done = await editFrontmatter(services.app, file, readyCase());
	if (done) new Notice(ACTION_STRINGS[uiLanguage()].markedReady(kase.title));
	return done;
}
