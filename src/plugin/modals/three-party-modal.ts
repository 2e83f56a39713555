import { isDay } from "../../core/dates/local-day";
import type { MyNotes } from "../../core/index/my-notes";
import { THREE_PARTY_STRINGS } from "../../core/i18n/three-party-strings";
import type { ThreePartyStrings } from "../../core/i18n/three-party-strings";
import type { NoteDraft } from "../../core/notes/note-draft";
import type { ThreePartyInput } from "../../core/notes/three-party";
import type { GoalNote, TrajectoryNote } from "../../core/schema/notes";
import type { Services } from "../services";
import { ui, uiLanguage } from "../ui-language";
import { DraftFormModal } from "./draft-form-modal";
import { optionalWhole, ratingChoices } from "./form-values";
import { nameField, requireName } from "./name-field";
import { anchorsOf, scaleFor } from "./report-defaults";
import type { RatingScale } from "../../core/rating/rating-scale";

export function threePartyUi(): ThreePartyStrings {
	return THREE_PARTY_STRINGS[uiLanguage()];
}

const includeKey = (goal: GoalNote) => `include:${goal.path}`;
const ratingKey = (goal: GoalNote) => `rating:${goal.path}`;

/** With a trajectory chosen, its goals and goals outside any trajectory; without one, every goal. */
function belongsTo(goal: GoalNote, trajectoryPath: string, notes: MyNotes): boolean {
	return trajectoryPath === "" || goal.trajectory === null || notes.resolve(goal.trajectory, goal.path) === trajectoryPath;
}

/**
 * The form shared by the intake and the final evaluation: trajectory, date, the three people, and a row per
 * active goal of mine with a rating on the goal's own scale (the one rule) and a toggle to include it.
 */
export abstract class ThreePartyModal extends DraftFormModal {
	private readonly goals: GoalNote[];
	private goalsEl: HTMLElement | null = null;
	private facilitatorInput: HTMLInputElement | null = null;
	private shownTrajectory = "";

	constructor(
		protected readonly services: Services,
		draftKey: string,
		defaultRating: (goal: GoalNote) => number | null,
	) {
		const notes = services.myNotes();
		const trajectory = notes.trajectories()[0] ?? null;
		const goals = notes.activeGoals();
		const defaults: Record<string, string> = {
			trajectory: trajectory?.path ?? "",
			date: services.today(),
			participant: services.settings().myName,
			manager: "",
			facilitator: trajectory?.facilitator ?? "",
		};
		for (const goal of goals) {
			defaults[includeKey(goal)] = String(belongsTo(goal, trajectory?.path ?? "", notes));
			defaults[ratingKey(goal)] = String(defaultRating(goal) ?? "");
		}
		super(services.app, services.drafts, draftKey, defaults);
		this.goals = goals;
	}

	/** The heading over the goal rows and the description of a goal's rating. */
	protected abstract texts(): { goalsHeading: string; ratingDesc: (anchors: string) => string };
	protected abstract draft(input: ThreePartyInput): NoteDraft;

	protected build(el: HTMLElement): void {
		const s = threePartyUi();
		const common = ui().common;
		nameField(this, el, this.services);
		this.noteField(el, "trajectory", common.trajectory, common.noTrajectory, this.services.myNotes().trajectories(), (t) => t.name, {
			onChange: (path) => this.followTrajectory(path),
		});
		this.shownTrajectory = this.value("trajectory");
		this.textField(el, "date", common.date, { type: "date" });
		this.textField(el, "participant", s.participant, { desc: s.participantDesc });
		this.textField(el, "manager", s.manager, { desc: s.managerDesc });
		this.facilitatorInput = this.textField(el, "facilitator", s.facilitator, { desc: s.facilitatorDesc }).controlEl.querySelector("input");
		el.createDiv({ cls: "intervisie-subheading", text: this.texts().goalsHeading });
		this.goalsEl = el.createDiv();
		this.showGoals();
	}

	private trajectory(path: string): TrajectoryNote | null {
		return path ? (this.services.myNotes().trajectories().find((t) => t.path === path) ?? null) : null;
	}

	/** A facilitator still as suggested follows the new trajectory; so do the goals included. */
	private followTrajectory(path: string): void {
		const before = this.trajectory(this.shownTrajectory)?.facilitator ?? "";
		this.shownTrajectory = path;
		const current = this.value("facilitator").trim();
		if (current === "" || current === before) {
			this.setValue("facilitator", this.trajectory(path)?.facilitator ?? "");
			if (this.facilitatorInput) this.facilitatorInput.value = this.value("facilitator");
		}
		const notes = this.services.myNotes();
		for (const goal of this.goals) this.setValue(includeKey(goal), String(belongsTo(goal, path, notes)));
		this.showGoals();
	}

	private showGoals(): void {
		const el = this.goalsEl;
		if (!el) return;
		el.empty();
		if (this.goals.length === 0) {
			el.createDiv({ cls: "intervisie-muted", text: threePartyUi().noGoals });
			return;
		}
		const notes = this.services.myNotes();
		for (const goal of this.goals) this.goalRow(el, goal, scaleFor(goal, notes, this.services.settings()));
	}

	/** The goal's rating, then the toggle that includes it; an excluded goal's rating is greyed out. */
	private goalRow(el: HTMLElement, goal: GoalNote, scale: RatingScale): void {
		const included = this.value(includeKey(goal)) === "true";
		const setting = this.choiceField(el, ratingKey(goal), goal.title, ratingChoices(scale.min, scale.max), { desc: this.texts().ratingDesc(anchorsOf(scale)) });
		const [rating] = setting.components;
		rating?.setDisabled(!included);
		setting.addToggle((toggle) =>
			toggle.setValue(included).onChange((on) => {
				this.setValue(includeKey(goal), String(on));
				rating?.setDisabled(!on);
			}),
		);
	}

	protected async submit(): Promise<boolean> {
		if (!requireName(this, this.services)) return false;
		const date = this.value("date").trim();
		if (!isDay(date)) return this.refuse(ui().notices.invalidDate(ui().common.date));
		const trajectory = this.trajectory(this.value("trajectory"));
		const goals = this.goals
			.filter((goal) => this.value(includeKey(goal)) === "true")
			.map((goal) => {
				const rating = optionalWhole(this.value(ratingKey(goal)));
				return { link: this.services.linktext(goal.path), rating: rating.ok ? rating.value : null };
			});
		const draft = this.draft({
			date,
			trajectory: trajectory ? this.services.linktext(trajectory.path) : null,
			participant: this.value("participant").trim() || this.services.settings().myName || null,
			manager: this.value("manager").trim() || null,
			facilitator: this.value("facilitator").trim() || null,
			goals,
		});
		return (await this.services.writer.createAndOpen(draft)) !== null;
	}
}
