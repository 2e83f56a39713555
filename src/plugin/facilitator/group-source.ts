import type { App } from "obsidian";
import { buildFacilitatorModel } from "../../core/facilitator/build-facilitator";
import type { FacilitatorModel } from "../../core/facilitator/facilitator-model";
import { groupFolderOf } from "../../core/groups/group-folders";
import { groupMemberInputs } from "../../core/groups/member-notes";
import { myTrajectories } from "../../core/groups/trajectory-of-note";
import type { Language } from "../../core/i18n/language";
import type { TrajectoryNote } from "../../core/schema/notes";
import { sessionsOf } from "../planning/trajectory-sessions";
import type { Services } from "../services";

/** The group view's data: the trajectories to choose from, and the model for one, from the live indexes. */
export class GroupSource {
	constructor(
		private readonly app: App,
		private readonly services: Services,
		private readonly subscribeToIndex: (listener: () => void) => () => void,
	) {}

	/** Trajectories I take part in or facilitate first, then the others. */
	trajectories(): TrajectoryNote[] {
		const index = this.services.index();
		const mine = myTrajectories(index, this.services.settings().myName);
		const others = index.ofKind("trajectory").filter((t) => !mine.includes(t));
		return [...mine, ...others];
	}

	/** The trajectories to choose from, and the model of the chosen one (the first when none is chosen). */
	model(trajectoryPath: string | null, language: Language): { trajectories: TrajectoryNote[]; chosen: { trajectory: TrajectoryNote; model: FacilitatorModel } | null } {
		const all = this.trajectories();
		const trajectory = all.find((t) => t.path === trajectoryPath) ?? all[0];
		if (!trajectory) return { trajectories: all, chosen: null };
		const groupFolder = groupFolderOf(trajectory, this.services.settings().groupsFolder);
		const members = groupMemberInputs(this.services.groupRecords().values(), groupFolder, trajectory.members);
		const sessions = sessionsOf(this.services, trajectory.path);
		const methods = this.services.methods();
		const model = buildFacilitatorModel({
			today: this.services.today(),
			language,
			trajectory,
			sessions,
			members,
			methodName: (id, lang) => methods.name(id, lang),
		});
		return { trajectories: all, chosen: { trajectory, model } };
	}

	subscribe(listener: () => void): () => void {
		return this.subscribeToIndex(listener);
	}

	openNote(path: string, newLeaf: boolean): void {
		void this.app.workspace.openLinkText(path, "", newLeaf);
	}
}
