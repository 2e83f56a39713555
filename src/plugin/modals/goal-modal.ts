import { coachGoal } from "../../core/coaching/goal-coach";
import { GOAL_STATUSES } from "../../core/schema/kinds";
import type { GoalStatus } from "../../core/schema/kinds";
import { buildGoal } from "../../core/notes/build-goal";
import { uiLanguage, ui } from "../ui-language";
import type { Services } from "../services";
import { DraftFormModal } from "./draft-form-modal";
import { optionalDay, optionalWhole, ratingChoices } from "./form-values";
import { nameField, requireName } from "./name-field";
import { anchorsOf, defaultScaleOf } from "./report-defaults";
import { ratingScale } from "../../core/rating/rating-scale";
import { renderCoaching } from "./coaching-panel";
import type { GoalField } from "../../core/coaching/criterion-fields";
import { fieldOfCriterion } from "../../core/coaching/criterion-fields";

/** New learning goal: short fields, coached while typing against the quality criteria, never blocked by them. */
export class GoalModal extends DraftFormModal {
	private readonly coachingEls = new Map<GoalField, HTMLElement>();
	private ratingsEl: HTMLElement | null = null;

	constructor(private readonly services: Services) {
		super(services.app, services.drafts, "goal", { status: "active", trajectory: services.myNotes().trajectories()[0]?.path ?? "" });
	}

	protected title(): string {
		return ui().goal.title;
	}

	protected submitLabel(): string {
		return ui().goal.create;
	}

	protected build(el: HTMLElement): void {
		const t = ui().goal;
		nameField(this, el, this.services);
		this.textField(el, "name", t.name, { placeholder: t.namePlaceholder });
		this.areaField(el, "statement", t.statement, { placeholder: t.statementPlaceholder, onChange: () => this.coach() });
		this.coachingPanel(el, "statement");
		this.areaField(el, "why", t.why);
		this.textField(el, "whereWhen", t.whereWhen, { onChange: () => this.coach() });
		this.coachingPanel(el, "whereWhen");
		this.textField(el, "evidence", t.evidence, { onChange: () => this.coach() });
		this.coachingPanel(el, "evidence");
		this.textField(el, "deadline", t.deadline, { type: "date", onChange: () => this.coach() });
		this.coachingPanel(el, "deadline");
		this.noteField(el, "trajectory", ui().common.trajectory, ui().common.noTrajectory, this.services.myNotes().trajectories(), (tr) => tr.name, {
			onChange: () => this.showScale(),
		});
		this.ratingsEl = el.createDiv();
		this.showScale();
		this.choiceField(el, "status", t.status, GOAL_STATUSES.map((s) => [s, ui().goalStatus[s]] as const));
		this.coach();
	}

	/** Baseline and target on the chosen trajectory's scale, or the default scale for a goal outside one. */
	private showScale(): void {
		if (!this.ratingsEl) return;
		const t = ui().goal;
		const trajectory = this.services.myNotes().trajectories().find((tr) => tr.path === this.value("trajectory")) ?? null;
		const scale = ratingScale(trajectory, defaultScaleOf(this.services.settings()), uiLanguage());
		this.ratingsEl.empty();
		this.choiceField(this.ratingsEl, "baseline", t.baseline, ratingChoices(scale.min, scale.max), { desc: t.ratingDesc(anchorsOf(scale)) });
		this.choiceField(this.ratingsEl, "target", t.target, ratingChoices(scale.min, scale.max), { desc: t.ratingDesc(anchorsOf(scale)) });
	}

	private coachingPanel(el: HTMLElement, field: GoalField): void {
		this.coachingEls.set(field, el.createDiv({ cls: "intervisie-coaching", attr: { "aria-live": "polite" } }));
	}

	/**
	 * The coached text is everything the person wrote about the goal's behaviour, place and evidence. Each tip
	 * stands under the field it is about, so it stays in sight on a phone while that field is typed in; the
	 * heading and the word that all is met stand under the statement.
	 */
	private coach(): void {
		const statement = [this.value("statement"), this.value("whereWhen"), this.value("evidence")].join("\n");
		const deadline = optionalDay(this.value("deadline"));
		const results = statement.trim() === "" ? [] : coachGoal({ statement, deadline: deadline.ok ? deadline.value : null }, uiLanguage());
		const allMet = results.length > 0 && results.every((r) => r.met);
		for (const [field, panel] of this.coachingEls) {
			const open = allMet ? [] : results.filter((r) => !r.met && fieldOfCriterion(r.criterion) === field);
			if (field === "statement") renderCoaching(panel, ui().goal.tipsHeading, ui().goal.allMet, allMet ? results : open);
			else renderCoaching(panel, "", "", open);
		}
	}

	protected async submit(): Promise<boolean> {
		const t = ui().goal;
		if (!requireName(this, this.services)) return false;
		const name = this.value("name").trim() || this.value("statement").trim().split(/[.\n]/)[0]?.trim() || "";
		if (!name) return this.refuse(ui().notices.required(t.name));
		const deadline = optionalDay(this.value("deadline"));
		if (!deadline.ok) return this.refuse(ui().notices.invalidDate(t.deadline));
		const baseline = optionalWhole(this.value("baseline"));
		const target = optionalWhole(this.value("target"));
		const trajectoryPath = this.value("trajectory");
		const draft = buildGoal(
			{
				title: name,
				statement: this.value("statement"),
				why: this.value("why"),
				whereWhen: this.value("whereWhen"),
				evidence: this.value("evidence"),
				status: (GOAL_STATUSES as readonly string[]).includes(this.value("status")) ? (this.value("status") as GoalStatus) : "active",
				deadline: deadline.value,
				baseline: baseline.ok ? baseline.value : null,
				target: target.ok ? target.value : null,
				trajectory: trajectoryPath ? this.services.linktext(trajectoryPath) : null,
			},
			this.services.creation("goal"),
			this.services.noteTexts(),
		);
		return (await this.services.writer.createAndOpen(draft)) !== null;
	}
}
