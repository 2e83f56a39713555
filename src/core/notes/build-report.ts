import { newReportProperties } from "../schema/report-properties";
import type { Language } from "../i18n/language";
import { DEFAULT_REFLECTION_ID, reflectionModel } from "../reflection/reflection-models";
import type { ReportRole } from "../schema/kinds";
import type { NoteTexts } from "../templates/note-texts";
import type { Action } from "./actions";
import { formatAction } from "./actions";
import type { PreviousActions } from "./look-back";
import { renderLookBack } from "./look-back";
import { renderSections } from "./markdown-sections";
import type { Section } from "./markdown-sections";
import type { CreationContext, NoteDraft } from "./note-draft";
import { wikilink } from "./note-draft";

export interface RatedGoal {
	/** Link text of the goal note. */
	link: string;
	rating: number | null;
}

export interface ReportInput {
	date: string;
	session: string | null;
	sessionNumber: number | null;
	case: string | null;
	role: ReportRole | null;
	goals: readonly RatedGoal[];
	actions: readonly Action[];
	previousActions: PreviousActions;
	/** Id of the reflection model whose prompts open the report; missing or unknown is the plain report. */
	reflection?: string;
}

/** File names start with the date so reports sort by time in any file list. */
export function reportBaseName(input: Pick<ReportInput, "date" | "sessionNumber">, texts: NoteTexts): string {
	const name = input.sessionNumber ? texts.report.sessionFileName(input.sessionNumber) : texts.report.fileName;
	return `${input.date} ${name}`;
}

export function buildReport(input: ReportInput, context: CreationContext, texts: NoteTexts, language: Language): NoteDraft {
	const t = texts.report;
	const model = reflectionModel(input.reflection);
	const reflectionSections: Section[] = model.sections.map((s) => ({ heading: s.heading[language], prompt: s.prompt[language] }));
	const goalSections: Section[] = input.goals.map((g) => ({ heading: wikilink(g.link), level: 3, prompt: t.goalPrompt }));
	const sections: Section[] = [
		...reflectionSections,
		{ heading: t.goals, content: input.goals.length ? "" : t.noGoals },
		...goalSections,
		{ heading: t.next, prompt: t.nextPrompt, content: input.actions.map(formatAction).join("\n") },
	];
	if (input.previousActions.actions.length) sections.push({ heading: t.lookBack, content: renderLookBack(input.previousActions, texts) });
	return {
		kind: "report",
		baseName: reportBaseName(input, texts),
		frontmatter: newReportProperties(input, model.id === DEFAULT_REFLECTION_ID ? null : model.id, context),
		body: renderSections(sections),
		placeholders: {
			date: input.date,
			session: input.session ? wikilink(input.session) : "",
			case: input.case ? wikilink(input.case) : "",
			"reflection-sections": renderSections(reflectionSections),
			"goal-sections": renderSections(goalSections),
			actions: input.actions.map(formatAction).join("\n"),
			"open-actions": renderLookBack(input.previousActions, texts),
		},
	};
}
