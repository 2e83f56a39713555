import type { App } from "obsidian";
import { FuzzySuggestModal } from "obsidian";
import type { TrajectoryNote } from "../../core/schema/notes";

/** Fuzzy search over trajectories. */
export class TrajectorySuggestModal extends FuzzySuggestModal<TrajectoryNote> {
	constructor(
		app: App,
		private readonly trajectories: readonly TrajectoryNote[],
		placeholder: string,
		private readonly choose: (trajectory: TrajectoryNote) => void,
	) {
		super(app);
		this.setPlaceholder(placeholder);
	}

	getItems(): TrajectoryNote[] {
		return [...this.trajectories];
	}

	getItemText(trajectory: TrajectoryNote): string {
		return trajectory.name;
	}

	onChooseItem(trajectory: TrajectoryNote): void {
		this.choose(trajectory);
	}
}
