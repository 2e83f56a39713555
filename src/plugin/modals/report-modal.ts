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
import { ui, uiLanguage } from "../ui-language";
import { sessionLabel } from "./case-modal";
import { DraftFormModal } from "./draft-form-modal";
import { optionalDay, optionalWhole, ratingChoices } from "./form-values";
import { nameField, requireName } from "./name-field";
import { renderPreviousActions } from "./previous-actions";
import { anchorsOf, defaultDue, roleIn, scaleFor } from "./report-defaults";

const ACTION_SLOTS = 3;

/**
 * Write session report: date, session and case pre-filled from the latest session without my report, a
 * rating per active goal, the next actions; the reflections themselves are written in the note.
 */
export class ReportModal extends DraftFormModal {
	constructor(
		private readonly services: Services,
		private readonly previousActions: PreviousActions,
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
		const due = defaultDue(notes, today);
		for (let i = 1; i <= ACTION_SLOTS; i++) defaults[`due${i}`] = due;
		super(services.app, services.drafts, "report", defaults);
	}

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
		this.textField(el, "date", common.date, { type: "date" });
		this.noteField(el, "session", common.session, common.noSession, notes.sessions().slice(0, 30), (s) => sessionLabel(s.title, s.date));
		this.noteField(el, "case", t.case, t.noCase, notes.cases().slice(0, 30), (c) => c.question ?? c.title);
		this.choiceField(el, "role", t.role, REPORT_ROLES.map((r) => [r, t.roles[r]] as const));
		this.reflectionField(el);

		el.createDiv({ cls: "intervisie-subheading", text: t.ratingsHeading });
		const goals = notes.activeGoals();
		if (goals.length === 0) el.createDiv({ cls: "intervisie-muted", text: t.noGoals });
		for (const goal of goals) {
			const scale = scaleFor(goal, notes, this.services.settings());
			this.choiceField(el, `rating:${goal.path}`, goal.title, ratingChoices(scale.min, scale.max), { desc: t.ratingDesc(anchorsOf(scale)) });
		}

		el.createDiv({ cls: "intervisie-subheading", text: t.actionsHeading });
		for (let i = 1; i <= ACTION_SLOTS; i++) {
			const row = el.createDiv({ cls: "intervisie-action-row" });
			this.textField(row, `action${i}`, t.action(i), { placeholder: t.actionPlaceholder });
			this.textField(row, `due${i}`, common.date, { type: "date" });
		}
		renderPreviousActions(el, this.previousActions);
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
		for (let i = 1; i <= ACTION_SLOTS; i++) {
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
