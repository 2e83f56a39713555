import type { Language } from "../../core/i18n/language";
import { QUESTION_STRINGS } from "../../core/i18n/question-strings";
import { describeJudgement } from "../../core/questions/describe-judgement";
import { questionReminder } from "../../core/questions/question-reminder";
import type { QuestionRound } from "../../core/questions/question-round";

/** The question coach beside the notes: each question with its kind in words, the tally and a reminder. */
export function renderQuestionList(panel: HTMLElement, round: QuestionRound, language: Language): void {
	const t = QUESTION_STRINGS[language];
	panel.empty();
	panel.createEl("h3", { cls: "intervisie-questions-title", text: t.listTitle });
	panel.createDiv({ cls: "intervisie-questions-tally", text: t.tally(round.tally), attr: { "aria-live": "polite" } });
	const reminder = questionReminder(round.tally, language);
	if (reminder) panel.createDiv({ cls: "intervisie-questions-reminder", text: reminder });
	if (round.questions.length === 0) {
		panel.createEl("p", { cls: "intervisie-questions-empty", text: t.listEmpty });
	} else {
		const list = panel.createEl("ol", { cls: "intervisie-questions-list" });
		for (const question of round.questions) {
			const { kind, reason } = describeJudgement(question, language);
			const item = list.createEl("li", { cls: `intervisie-question is-${question.kind ?? "none"}` });
			const head = item.createDiv({ cls: "intervisie-question-head" });
			head.createSpan({ cls: "intervisie-question-kind", text: kind });
			head.createSpan({ cls: "intervisie-question-text", text: question.text });
			if (question.helped) head.createSpan({ cls: "intervisie-question-helped", text: `(+) ${t.helped}` });
			item.createDiv({ cls: "intervisie-question-reason", text: reason });
		}
	}
	panel.createEl("p", { cls: "intervisie-questions-hint", text: t.helpedHint });
}
