import type { App } from "obsidian";
import { FuzzySuggestModal } from "obsidian";
import type { SessionNote } from "../../core/schema/notes";

/** Fuzzy search over sessions, shown with their date and who brings a case, for commands on one session. */
export class SessionSuggestModal extends FuzzySuggestModal<SessionNote> {
	constructor(
		app: App,
		private readonly sessions: readonly SessionNote[],
		placeholder: string,
		private readonly choose: (session: SessionNote) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	getItems(): SessionNote[] {
		return [...this.sessions];
	}

	getItemText(session: SessionNote): string {
		const title = session.date && !session.title.includes(session.date) ? `${session.date} · ${session.title}` : session.title;
		return session.caseBringers.length ? `${title} · ${session.caseBringers.join(", ")}` : title;
	}

	onChooseItem(session: SessionNote): void {
		this.choose(session);
	}
}
