import { Setting } from "obsidian";
import { countsInRotation } from "../../core/planning/counts";
import { planDefaults } from "../../core/planning/plan-defaults";
import { planFromForm } from "../../core/planning/plan-form";
import type { PlanResult } from "../../core/planning/plan-form";
import { checkRows, hasErrors, rowsFromPlan, sessionInputs } from "../../core/planning/plan-rows";
import type { PlanRow, RowContext, RowMessage } from "../../core/planning/plan-rows";
import { MAX_INTERVAL_WEEKS, MIN_INTERVAL_WEEKS } from "../../core/planning/session-dates";
import type { SessionNote, TrajectoryNote } from "../../core/schema/notes";
import type { DraftFields } from "../draft-store";
import { DraftFormModal } from "../modals/draft-form-modal";
import type { Choice } from "../modals/draft-form-modal";
import { nameField, requireName } from "../modals/name-field";
import { nameControls } from "../name-controls";
import type { Services } from "../services";
import { createSessions } from "./create-sessions";
import { renderPlanTable } from "./plan-table";
import { planningUi } from "./planning-ui";
import { themeChoices } from "./suggest-values";
import { asExisting, sessionsOf } from "./trajectory-sessions";
import { planProblemText } from "../../core/planning/plan-messages";
import { uiDay, uiLanguage } from "../ui-language";

/**
 * Plan sessions: a form (trajectory, rhythm, number, first day, outside facilitator, method) with a live
 * preview of the plan that can be changed cell by cell; the create button writes one note per session.
 */
export class PlanSessionsModal extends DraftFormModal {
	private paramsEl: HTMLElement | null = null;
	private previewEl: HTMLElement | null = null;
	private result: PlanResult | null = null;
	private rows: PlanRow[] = [];
	/** The chosen trajectory's sessions, read from the index once per trajectory, not on every keystroke. */
	private known: Known;
	private themes: readonly string[] | null = null;

	constructor(
		private readonly services: Services,
		private readonly trajectories: readonly TrajectoryNote[],
		initial: TrajectoryNote,
	) {
		const known = knownOf(services, initial);
		super(services.app, services.drafts, "plan-sessions", { trajectory: initial.path, rhythm: "spread", method: services.settings().defaultMethod, ...defaultsFor(services, initial, known.sessions) });
		this.known = known;
		// The preview is a table of six columns: it needs more room than a form.
		this.modalEl.addClass("intervisie-plan-modal");
	}

	protected title(): string {
		return planningUi().plan.title;
	}

	protected submitLabel(): string {
		return planningUi().plan.create;
	}

	protected build(el: HTMLElement): void {
		const t = planningUi().plan;
		nameField(this, el, this.services);
		this.choiceField(
			el,
			"trajectory",
			t.trajectory,
			this.trajectories.map((tr) => [tr.path, tr.name] as const),
			{
				onChange: () => {
					for (const [key, value] of Object.entries(defaultsFor(this.services, this.trajectory(), this.sessions()))) this.setValue(key, value);
					this.renderParams();
					this.replan();
				},
			},
		);
		this.paramsEl = el.createDiv();
		this.renderParams();
		this.previewEl = el.createDiv({ cls: "intervisie-plan-preview" });
		this.replan();
	}

	private trajectory(): TrajectoryNote {
		return this.trajectories.find((tr) => tr.path === this.value("trajectory")) ?? (this.trajectories[0] as TrajectoryNote);
	}

	private current(): Known {
		const trajectory = this.trajectory();
		if (this.known.path !== trajectory.path) this.known = knownOf(this.services, trajectory);
		return this.known;
	}

	private sessions(): SessionNote[] {
		return this.current().sessions;
	}

	private renderParams(): void {
		const el = this.paramsEl;
		if (!el) return;
		el.empty();
		const t = planningUi().plan;
		const trajectory = this.trajectory();
		el.createDiv({ cls: "intervisie-muted", text: t.trajectoryDesc(trajectory.members.length, trajectory.start && uiDay(trajectory.start, "text"), trajectory.end && uiDay(trajectory.end, "text")) });
		const replan = { onChange: () => this.replan() };
		const rhythms: Choice[] = [["spread", t.spread]];
		for (let weeks = MIN_INTERVAL_WEEKS; weeks <= MAX_INTERVAL_WEEKS; weeks++) rhythms.push([String(weeks), t.every(weeks)]);
		this.choiceField(el, "rhythm", t.rhythm, rhythms, replan);
		this.textField(el, "count", t.count, { type: "number", desc: t.countDesc, ...replan });
		this.textField(el, "start", t.start, { type: "date", ...replan });
		const outside = new Setting(el)
			.setName(t.outside)
			.setDesc(t.outsideDesc)
			.addToggle((toggle) =>
				toggle.setValue(this.value("outside") === "true").onChange((on) => {
					this.setValue("outside", on ? "true" : "false");
					outsideName.settingEl.toggleClass("intervisie-hidden", !on);
					this.replan();
				}),
			);
		nameControls(outside);
		const outsideName = this.textField(el, "outsideName", t.outsideName, replan);
		outsideName.settingEl.toggleClass("intervisie-hidden", this.value("outside") !== "true");
		this.methodField(el, "method", this.services.methods().all());
	}

	/** A new plan from the fields; edits made in the preview start over. */
	private replan(): void {
		const trajectory = this.trajectory();
		const form = { rhythm: this.value("rhythm"), count: this.value("count"), start: this.value("start"), outside: this.value("outside") === "true", outsideName: this.value("outsideName") };
		this.result = planFromForm(form, { members: trajectory.members, end: trajectory.end, existing: asExisting(this.sessions()) });
		this.rows = this.result.ok ? rowsFromPlan(this.result.plan) : [];
		this.renderPreview();
	}

	private check(rows: readonly PlanRow[]): RowMessage[][] {
		return checkRows(rows, this.current().context);
	}

	private renderPreview(): void {
		const el = this.previewEl;
		if (!el) return;
		el.empty();
		const t = planningUi().plan;
		el.createDiv({ cls: "intervisie-subheading", text: t.previewHeading });
		if (this.result && !this.result.ok) {
			el.createDiv({ cls: "intervisie-plan-problem", text: planProblemText(this.result.problem, uiLanguage()), attr: { role: "alert" } });
			return;
		}
		el.createDiv({ cls: "intervisie-muted", text: t.previewDesc });
		this.themes ??= themeChoices(this.services);
		renderPlanTable(el, { rows: this.rows, check: (rows) => this.check(rows), themes: this.themes });
	}

	protected async submit(): Promise<boolean> {
		const t = planningUi().plan;
		if (!requireName(this, this.services)) return false;
		if (!this.result || !this.result.ok) return this.refuse(this.result ? planProblemText(this.result.problem, uiLanguage()) : t.fixRows);
		if (hasErrors(this.check(this.rows))) return this.refuse(t.fixRows);
		const trajectory = this.trajectory();
		const inputs = sessionInputs(this.rows, { trajectory: this.services.linktext(trajectory.path), method: this.value("method") || null });
		return createSessions(this.services, inputs);
	}
}

interface Known {
	path: string;
	sessions: SessionNote[];
	/** What the preview's rows are checked against. */
	context: RowContext;
}

function knownOf(services: Services, trajectory: TrajectoryNote): Known {
	const sessions = sessionsOf(services, trajectory.path);
	const taken = sessions.filter((s) => countsInRotation(s.status) && s.date !== null);
	const turnsSoFar: Record<string, number> = {};
	for (const session of taken) for (const name of session.caseBringers) turnsSoFar[name] = (turnsSoFar[name] ?? 0) + 1;
	return { path: trajectory.path, sessions, context: { members: trajectory.members, takenDates: taken.map((s) => s.date ?? ""), end: trajectory.end, turnsSoFar } };
}

/** The fields that follow from the trajectory: how many sessions, from when, and who leads. */
function defaultsFor(services: Services, trajectory: TrajectoryNote, sessions: readonly SessionNote[]): DraftFields {
	const defaults = planDefaults({ trajectory, sessions, today: services.today() });
	return {
		count: String(defaults.count),
		start: defaults.start,
		outside: defaults.outsideFacilitator === null ? "false" : "true",
		outsideName: defaults.outsideFacilitator ?? "",
	};
}
