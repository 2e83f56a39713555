import { Notice, TFile } from "obsidian";
import type { App } from "obsidian";
import { sessionsToRun } from "../../core/facilitation/sessions-to-run";
import { RUN_STRINGS } from "../../core/i18n/run-strings";
import type { Services } from "../services";
import { openView } from "../open-view";
import { uiLanguage } from "../ui-language";
import { RUN_VIEW_TYPE, RunSessionView } from "./run-session-view";
import { SessionSuggestModal } from "../modals/session-suggest-modal";

/** Runs the open session note, or asks which session to run. */
export function runSession(services: Services): void {
	const t = RUN_STRINGS[uiLanguage()];
	const active = services.app.workspace.getActiveFile();
	const note = active ? services.index().note(active.path) : null;
	if (note?.kind === "session") {
		void openRunView(services.app, note.path);
		return;
	}
	const sessions = sessionsToRun(services.index().ofKind("session"), services.today());
	if (sessions.length === 0) {
		new Notice(t.noSessions);
		return;
	}
	new SessionSuggestModal(services.app, sessions, t.choose, (session) => void openRunView(services.app, session.path)).open();
}

/** Shows the run of a session: its open view if there is one, else a new tab. */
export async function openRunView(app: App, path: string): Promise<void> {
	if (!(app.vault.getAbstractFileByPath(path) instanceof TFile)) return;
	await openView(app, RUN_VIEW_TYPE, { matches: (view) => view instanceof RunSessionView && view.getState().file === path, state: { file: path } });
}
