import { Notice } from "obsidian";
import type { SessionNote } from "../../core/schema/notes";
import type { Services } from "../services";
import { ui, uiLanguage } from "../ui-language";
import { MoveOrCancelModal } from "./move-modal";
import { planningUi } from "./planning-ui";
import { SessionSuggestModal } from "../modals/session-suggest-modal";
import { activeNote, sessionsOf, trajectoryPathOf } from "./trajectory-sessions";
import { changeProblemText } from "../../core/planning/plan-messages";

/** Move or cancel session: the open session note, or a planned session picked from the list. */
export function moveOrCancelSession(services: Services): void {
	const open = activeNote(services);
	if (open?.kind === "session") {
		if (open.status !== "planned") {
			new Notice(changeProblemText({ code: "not-planned", status: open.status }, ui().session.statuses[open.status], uiLanguage()));
			return;
		}
		openFor(services, open);
		return;
	}
	const planned = services
		.myNotes()
		.sessions()
		.filter((s) => s.status === "planned")
		.reverse();
	if (planned.length === 0) {
		new Notice(planningUi().move.noSessions);
		return;
	}
	new SessionSuggestModal(services.app, planned, planningUi().move.choose, (session) => openFor(services, session)).open();
}

function openFor(services: Services, session: SessionNote): void {
	const trajectoryPath = trajectoryPathOf(services, session);
	const trajectory = services.index().note(trajectoryPath);
	const members = trajectory?.kind === "trajectory" ? trajectory.members : [];
	new MoveOrCancelModal(services, session, sessionsOf(services, trajectoryPath), members).open();
}
