import type { App } from "obsidian";
import { FuzzySuggestModal } from "obsidian";
import type { SessionNote } from "../../core/schema/notes";
import { planningUi } from "./planning-ui";

/** Fuzzy search over sessions, shown with their date. */
export class SessionSuggestModal extends FuzzySuggestModal<SessionNote> {
	constructor(
		app: App,
		private readonly sessions: readonly SessionNote[],
		private readonly choose: (session: SessionNote) => void,
	) {
		super(app);
		this.setPlaceholder(planningUi().move.choose);
	}

	getItems(): SessionNote[] {
		return [...this.sessions];
	}

	getItemText(session: SessionNote): string {
		return session.date && !session.title.includes(session.date) ? `${session.date} · ${session.title}` : session.title;
	}

	onChooseItem(session: SessionNote): void {
		this.choose(session);
	}
}
