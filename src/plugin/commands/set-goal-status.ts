import { MarkdownView, Notice, TFile } from "obsidian";
import { setGoalStatus as goalStatus } from "../../core/schema/goal-properties";
import type { GoalNote } from "../../core/schema/notes";
import { editFrontmatter } from "../frontmatter-editor";
import { GoalStatusModal } from "../modals/goal-status-modal";
import { GoalSuggestModal } from "../modals/goal-suggest-modal";
import type { Services } from "../services";
import { ui } from "../ui-language";

/** Set goal status: for the open goal, or for a goal picked from the list when the open note is not one. */
export function setGoalStatus(services: Services): void {
	const active = services.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? services.app.workspace.getActiveFile();
	const note = active ? services.index().note(active.path) : null;
	if (note?.kind === "goal") {
		chooseStatus(services, note);
		return;
	}
	const goals = services.myNotes().goals();
	if (goals.length === 0) {
		new Notice(ui().link.noGoals);
		return;
	}
	new GoalSuggestModal(services.app, goals, (goal) => chooseStatus(services, goal)).open();
}

function chooseStatus(services: Services, goal: GoalNote): void {
	new GoalStatusModal(services.app, goal.status, (status) => {
		const file = services.app.vault.getAbstractFileByPath(goal.path);
		if (!(file instanceof TFile)) return;
		void editFrontmatter(services.app, file, goalStatus(status)).then((done) => {
			if (done) new Notice(ui().goalStatus.set(goal.title, ui().goalStatus[status]));
		});
	}).open();
}
