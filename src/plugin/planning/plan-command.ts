import { Notice } from "obsidian";
import type { Services } from "../services";
import { PlanSessionsModal } from "./plan-modal";
import { planningUi } from "./planning-ui";
import { activeNote } from "./trajectory-sessions";

/** Plan sessions: for the open trajectory, or the newest one with members. */
export function planSessions(services: Services): void {
	const open = activeNote(services);
	if (open?.kind === "trajectory" && open.members.length === 0) {
		new Notice(planningUi().plan.needsTrajectory);
		return;
	}
	const trajectories = services.myNotes().trajectories().filter((t) => t.members.length > 0);
	const initial = trajectories.find((t) => t.path === open?.path) ?? trajectories[0];
	if (!initial) {
		new Notice(planningUi().plan.needsTrajectory);
		return;
	}
	new PlanSessionsModal(services, trajectories, initial).open();
}
