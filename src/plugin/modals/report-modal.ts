import { isDay } from "../../core/dates/local-day";
import { REPORT_ROLES } from "../../core/schema/kinds";
import type { ReportRole } from "../../core/schema/kinds";
import type { Action } from "../../core/notes/actions";
import type { PreviousActions } from "../../core/notes/look-back";
import { buildReport } from "../../core/notes/build-report";
import { REFLECTION_STRINGS } from "../../core/i18n/reflection-strings";
import { reflectionModel } from "../../core/reflection/reflection-models";
import type { Services } from "../services";
import { reflectionChoices } from "../reflection-choices";
import { ACTION_STRINGS } from "../../core/i18n/action-strings";
import { ui, uiLanguage } from "../ui-language";
import { sessionLabel } from "./case-modal";
import { DraftFormModal } from "./draft-form-modal";
import { optionalDay, optionalWhole, ratingChoices } from "./form-values";
import { nameField, requireName } from "./name-field";
import { actionCount, renderActionRows } from "./action-rows";
import { renderPreviousActions } from "./previous-actions";
import { anchorsOf, defaultDue, roleIn, scaleFor } from "./report-defaults";

/**
 * Write session report: date, session and case pre-filled from the latest session without my report, a
 * rating per active goal, the next actions; the reflections themselves are written in the note.
 */
export class ReportModal extends DraftFormModal {
	constructor(
		private readonly services: Services,
		private previousActions: PreviousActions,
		/** The session the report is about; by default the latest one without my report. */
		sessionPath?: string,
	) {
		const notes = services.myNotes();
		const today = services.today();
		const chosen = sessionPath ? services.index().note(sessionPath) : null;
		const session = chosen?.kind === "session" ? chosen : notes.latestSessionWithoutMyReport(today);
		const kase = session ? notes.caseOf(session) : null;
		const defaults: Record<string, string> = {
			date: today,
			session: session?.path ?? "",
			case: kase?.path ?? "",
			role: roleIn(session, services.settings().myName),
			reflection: services.settings().reflectionModel,
		};
		super(services.app, services.drafts, "report", defaults);
		this.suggestedDue = defaultDue(notes, today);
	}

	/** The date an action gets once it has text: the next session, or two weeks on. */
	private readonly suggestedDue: string;

	protected title(): string {
		return ui().report.title;
	}

	protected submitLabel(): string {
		return ui().report.create;
	}

	protected build(el: HTMLElement): void {
		const t = ui().report;
		const common = ui().common;
		const notes = this.services.myNotes();
		nameField(this, el, this.services);
		this.noteField(el, "session", common.session, common.noSession, notes.sessions().slice(0, 30), (s) => sessionLabel(s.title, s.date));

		el.createDiv({ cls: "intervisie-subheading", text: t.ratingsHeading });
		const goals = notes.activeGoals();
		if (goals.length === 0) el.createDiv({ cls: "intervisie-muted", text: t.noGoals });
		for (const goal of goals) {
			const scale = scaleFor(goal, notes, this.services.settings());
			this.choiceField(el, `rating:${goal.path}`, goal.title, ratingChoices(scale.min, scale.max), { desc: t.ratingDesc(anchorsOf(scale)) });
		}

		el.createDiv({ cls: "intervisie-subheading", text: t.actionsHeading });
		renderActionRows(el, { value: (key) => this.value(key), setValue: (key, value) => this.setValue(key, value) }, this.suggestedDue);
		renderPreviousActions(el, this.previousActions, this.app, this.services.today(), (next) => (this.previousActions = next));

		// Filled in from the session; on a phone they wait behind one line until wanted.
		const details = el.createEl("details", { cls: "intervisie-form-details" });
		details.createEl("summary", { text: ACTION_STRINGS[uiLanguage()].reportDetails });
		this.textField(details, "date", common.date, { type: "date" });
		this.noteField(details, "case", t.case, t.noCase, notes.cases().slice(0, 30), (c) => c.question ?? c.title);
		this.choiceField(details, "role", t.role, REPORT_ROLES.map((r) => [r, t.roles[r]] as const));
		this.reflectionField(details);
	}

	/** The model's description follows the choice, so the user sees what each model asks before choosing. */
	private reflectionField(el: HTMLElement): void {
		const language = uiLanguage();
		const describe = (id: string) => reflectionModel(id).description[language];
		this.describedChoiceField(el, "reflection", REFLECTION_STRINGS[language].field, reflectionChoices(language), describe);
	}

	protected async submit(): Promise<boolean> {
		if (!requireName(this, this.services)) return false;
		const common = ui().common;
		const date = this.value("date").trim();
		if (!isDay(date)) return this.refuse(ui().notices.invalidDate(common.date));
		const actions: Action[] = [];
		for (let i = 1, count = actionCount({ value: (key) => this.value(key) }); i <= count; i++) {
			const text = this.value(`action${i}`).trim();
			if (!text) continue;
			const due = optionalDay(this.value(`due${i}`));
			if (!due.ok) return this.refuse(ui().notices.invalidDate(ui().report.action(i)));
			actions.push({ text, due: due.value });
		}
		const notes = this.services.myNotes();
		const sessionPath = this.value("session");
		const session = notes.sessions().find((s) => s.path === sessionPath) ?? null;
		const casePath = this.value("case");
		const role = this.value("role");
		const draft = buildReport(
			{
				date,
				session: session ? this.services.linktext(session.path) : null,
				sessionNumber: session?.number ?? null,
				case: casePath ? this.services.linktext(casePath) : null,
				role: (REPORT_ROLES as readonly string[]).includes(role) ? (role as ReportRole) : null,
				goals: notes.activeGoals().map((g) => {
					const rating = optionalWhole(this.value(`rating:${g.path}`));
					return { link: this.services.linktext(g.path), rating: rating.ok ? rating.value : null };
				}),
				actions,
				previousActions: this.previousActions,
				reflection: this.value("reflection"),
			},
			this.services.creation("report"),
			this.services.noteTexts(),
			this.services.settings().notesLanguage,
		);
		return (await this.services.writer.createAndOpen(draft)) !== null;
	}
}
