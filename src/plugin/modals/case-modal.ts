import { checkCaseQuestion } from "../../core/coaching/case-question-check";
import { buildCase } from "../../core/notes/build-case";
import type { PreviousActions } from "../../core/notes/look-back";
import type { Services } from "../services";
import { ui, uiDay, uiLanguage } from "../ui-language";
import { renderCoaching } from "./coaching-panel";
import { DraftFormModal } from "./draft-form-modal";
import { optionalDay } from "./form-values";
import { nameField, requireName } from "./name-field";
import { renderPreviousActions } from "./previous-actions";

/** Prepare a case: the one-line question (checked while typing), the session, the method, linked goals. */
export class CaseModal extends DraftFormModal {
	private checksEl: HTMLElement | null = null;

	constructor(
		private readonly services: Services,
		private previousActions: PreviousActions,
	) {
		const next = services.myNotes().nextSession(services.today());
		super(services.app, services.drafts, "case", {
			session: next?.path ?? "",
			date: next?.date ?? services.today(),
			method: next?.method ?? services.settings().defaultMethod,
		});
	}

	protected title(): string {
		return ui().case.title;
	}

	protected submitLabel(): string {
		return ui().case.create;
	}

	protected build(el: HTMLElement): void {
		const common = ui().common;
		nameField(this, el, this.services);
		this.textField(el, "question", ui().case.question, { placeholder: ui().case.questionPlaceholder, wide: true, onChange: () => this.check() });
		this.checksEl = el.createDiv({ cls: "intervisie-coaching", attr: { "aria-live": "polite" } });
		const sessions = this.services.myNotes().sessions().slice(0, 30);
		this.noteField(el, "session", common.session, common.noSession, sessions, (s) => sessionLabel(s.title, s.date), {
			onChange: (path) => {
				const date = sessions.find((s) => s.path === path)?.date;
				if (date) this.setValue("date", date);
			},
		});
		this.textField(el, "date", common.date, { type: "date" });
		this.methodField(el, "method", this.services.methods().all());
		const goals = this.services.myNotes().activeGoals();
		if (goals.length) {
			el.createDiv({ cls: "intervisie-subheading", text: common.goals });
			for (const goal of goals) this.toggleField(el, `goal:${goal.path}`, goal.title);
		}
		renderPreviousActions(el, this.previousActions, this.app, this.services.today(), (next) => (this.previousActions = next));
		this.check();
	}

	private check(): void {
		if (!this.checksEl) return;
		const question = this.value("question");
		renderCoaching(this.checksEl, ui().case.checksHeading, "", question.trim() === "" ? [] : checkCaseQuestion(question, uiLanguage()));
	}

	protected async submit(): Promise<boolean> {
		if (!requireName(this, this.services)) return false;
		const question = this.value("question").replace(/\s+/g, " ").trim();
		if (!question) return this.refuse(ui().notices.required(ui().case.question));
		const date = optionalDay(this.value("date"));
		if (!date.ok) return this.refuse(ui().notices.invalidDate(ui().common.date));
		const sessionPath = this.value("session");
		const goals = this.services
			.myNotes()
			.activeGoals()
			.filter((g) => this.value(`goal:${g.path}`) === "true")
			.map((g) => this.services.linktext(g.path));
		const draft = buildCase(
			{
				question,
				date: date.value,
				session: sessionPath ? this.services.linktext(sessionPath) : null,
				method: this.services.methods().byId(this.value("method")),
				goals,
				previousActions: this.previousActions,
			},
			this.services.creation("case"),
			this.services.noteTexts(),
			this.services.settings().notesLanguage,
		);
		return (await this.services.writer.createAndOpen(draft)) !== null;
	}
}

export function sessionLabel(title: string, date: string | null): string {
	return date && !title.includes(date) ? `${title} (${uiDay(date, "compact")})` : title;
}
