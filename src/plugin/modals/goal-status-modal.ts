import type { App } from "obsidian";
import { SuggestModal } from "obsidian";
import { GOAL_STATUSES } from "../../core/schema/kinds";
import type { GoalStatus } from "../../core/schema/kinds";
import { ui } from "../ui-language";

/** Picks a goal status; the current one is marked. */
export class GoalStatusModal extends SuggestModal<GoalStatus> {
	constructor(
		app: App,
		private readonly current: GoalStatus,
		private readonly choose: (status: GoalStatus) => void,
	) {
		super(app);
		this.setPlaceholder(ui().goalStatus.choose);
	}

	getSuggestions(query: string): GoalStatus[] {
		const q = query.trim().toLowerCase();
		return GOAL_STATUSES.filter((s) => s.includes(q) || ui().goalStatus[s].toLowerCase().includes(q));
	}

	renderSuggestion(status: GoalStatus, el: HTMLElement): void {
		el.createSpan({ text: ui().goalStatus[status] });
		if (status === this.current) el.createSpan({ cls: "intervisie-muted", text: " ✓" });
	}

	onChooseSuggestion(status: GoalStatus): void {
		this.choose(status);
	}
}
