import type { TFile } from "obsidian";
import { MarkdownView, Notice } from "obsidian";
import { addGoalLink as addGoalLinkTo } from "../../core/schema/linked-goals";
import type { GoalNote } from "../../core/schema/notes";
import { editFrontmatter } from "../frontmatter-editor";
import { GoalSuggestModal } from "../modals/goal-suggest-modal";
import type { Services } from "../services";
import { ui } from "../ui-language";

/** Link note to learning goal: pick a goal, add it to the open note's `goals` list. */
export function linkActiveNoteToGoal(services: Services): void {
	const file = services.app.workspace.getActiveViewOfType(MarkdownView)?.file ?? services.app.workspace.getActiveFile();
	if (!file || file.extension !== "md") {
		new Notice(ui().notices.noActiveNote);
		return;
	}
	const goals = services
		.myNotes()
		.goals()
		.filter((g) => g.path !== file.path);
	if (goals.length === 0) {
		new Notice(ui().link.noGoals);
		return;
	}
	new GoalSuggestModal(services.app, goals, (goal) => void addGoalLink(services, file, goal)).open();
}

export async function addGoalLink(services: Services, file: TFile, goal: GoalNote): Promise<void> {
	const add = addGoalLinkTo(`[[${services.linktext(goal.path)}]]`, (target) => services.resolver.resolve(target, file.path) === goal.path);
	let already = false;
	const done = await editFrontmatter(services.app, file, (frontmatter) => {
		already = add(frontmatter) === "already";
	});
	if (already) new Notice(ui().link.already(goal.title));
	else if (done) new Notice(ui().link.added(goal.title, file.basename));
}
