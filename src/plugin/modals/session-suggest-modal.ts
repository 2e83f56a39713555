import type { App } from "obsidian";
import type { SessionNote } from "../../core/schema/notes";
import { uiDay } from "../ui-language";
import { ListSuggestModal } from "./list-suggest-modal";

/** Fuzzy search over sessions, shown with their date and who brings a case, for commands on one session. */
export class SessionSuggestModal extends ListSuggestModal<SessionNote> {
	constructor(app: App, sessions: readonly SessionNote[], placeholder: string, choose: (session: SessionNote) => void) {
		super(app, sessions, placeholder, sessionItemText, choose);
	}
}

function sessionItemText(session: SessionNote): string {
	const title = session.date && !session.title.includes(session.date) ? `${uiDay(session.date, "compact")} · ${session.title}` : session.title;
	return session.caseBringers.length ? `${title} · ${session.caseBringers.join(", ")}` : title;
}
