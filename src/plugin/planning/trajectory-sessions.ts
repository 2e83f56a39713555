import { MarkdownView } from "obsidian";
import type { ExistingSession } from "../../core/planning/plan-sessions";
import type { IntervisieNote, SessionNote } from "../../core/schema/notes";
import type { Services } from "../services";

/** The sessions that link to this trajectory (null: the sessions that link to none). */
export function sessionsOf(services: Services, trajectoryPath: string | null): SessionNote[] {
	const notes = services.myNotes();
	return notes.sessions().filter((s) => notes.resolve(s.trajectory, s.path) === trajectoryPath);
}

/** The trajectory a session links to, as a path; null when it links to none that exists. */
export function trajectoryPathOf(services: Services, session: SessionNote): string | null {
	return services.myNotes().resolve(session.trajectory, session.path);
}

export function asExisting(sessions: readonly SessionNote[]): ExistingSession[] {
	return sessions.map((s) => ({ date: s.date ?? "", number: s.number, caseBringers: s.caseBringers, facilitator: s.facilitator, noteTaker: s.noteTaker, status: s.status }));
}

/** The note open in the editor, when it is one of ours. */
export function activeNote(services: Services): IntervisieNote | null {
	const workspace = services.app.workspace;
	const file = workspace.getActiveViewOfType(MarkdownView)?.file ?? workspace.getActiveFile();
	return file ? services.index().note(file.path) : null;
}
