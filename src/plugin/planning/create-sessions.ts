import { Notice } from "obsidian";
import { buildSession } from "../../core/notes/build-session";
import type { SessionInput } from "../../core/notes/build-session";
import { reason } from "../note-writer";
import type { Services } from "../services";
import { ui } from "../ui-language";
import { planningUi } from "./planning-ui";

/**
 * Writes one new note per session, none opened, and says in one notice how many. A taken name gets a
 * numbered suffix from the writer: nothing is overwritten. Returns false when not one note could be written.
 */
export async function createSessions(services: Services, sessions: readonly SessionInput[]): Promise<boolean> {
	const t = planningUi().plan;
	let created = 0;
	try {
		for (const session of sessions) {
			await services.writer.create(buildSession(session, services.creation("session"), services.noteTexts()));
			created++;
		}
	} catch (error) {
		if (created === 0) {
			new Notice(ui().notices.writeFailed(sessions[0]?.date ?? "", reason(error)));
			return false;
		}
		new Notice(t.partly(created, sessions.length, reason(error)));
		return true;
	}
	new Notice(t.created(created, services.settings().folders.session || "/"));
	return true;
}
