import { newCaseProperties } from "../schema/case-properties";
import type { Language } from "../i18n/language";
import type { IntervisieMethod } from "../methods/method";
import type { NoteTexts } from "../templates/note-texts";
import type { PreviousActions } from "./look-back";
import { renderLookBack } from "./look-back";
import { renderSections } from "./markdown-sections";
import type { CreationContext, NoteDraft } from "./note-draft";
import { safeFileName } from "../files/safe-file-name";

export interface CaseInput {
	question: string;
	date: string | null;
	/** Link text of the session the case is brought to. */
	session: string | null;
	method: IntervisieMethod;
	goals: readonly string[];
	/** Open actions of my last report, for the accountability round. */
	previousActions: PreviousActions;
}

export function buildCase(input: CaseInput, context: CreationContext, texts: NoteTexts, language: Language): NoteDraft {
	const t = texts.case;
	const lookBack = renderLookBack(input.previousActions, texts);
	const body = renderSections([
		{ heading: t.question, content: input.question },
		...input.method.preparation.map((p) => ({ heading: p.heading[language], prompt: p.prompt[language] })),
		{ heading: t.lookBack, content: lookBack },
		{ heading: t.reflection, prompt: t.reflectionPrompt },
	]);
	return {
		kind: "case",
		baseName: safeFileName(input.question),
		frontmatter: newCaseProperties(input, context),
		body,
		placeholders: {
			question: input.question,
			method: input.method.name[language],
			date: input.date ?? context.today,
			"open-actions": lookBack,
		},
	};
}
