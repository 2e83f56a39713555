import type { App } from "obsidian";
import { FuzzySuggestModal } from "obsidian";
import type { GoalNote } from "../../core/schema/notes";
import { ui } from "../ui-language";

/** Fuzzy search over learning goals. */
export class GoalSuggestModal extends FuzzySuggestModal<GoalNote> {
	constructor(
		app: App,
		private readonly goals: readonly GoalNote[],
		private readonly choose: (goal: GoalNote) => void,
	) {
		super(app);
		this.setPlaceholder(ui().link.choose);
	}

	getItems(): GoalNote[] {
		return [...this.goals];
	}

	getItemText(goal: GoalNote): string {
		return `${goal.title} · ${ui().goalStatus[goal.status]}`;
	}

	onChooseItem(goal: GoalNote): void {
		this.choose(goal);
	}
}
