import { newGoalProperties } from "../schema/goal-properties";
import type { GoalStatus } from "../schema/kinds";
import type { NoteTexts } from "../templates/note-texts";
import { renderSections } from "./markdown-sections";
import type { CreationContext, NoteDraft } from "./note-draft";

export interface GoalInput {
	title: string;
	statement: string;
	why: string;
	whereWhen: string;
	evidence: string;
	status: GoalStatus;
	deadline: string | null;
	baseline: number | null;
	target: number | null;
	/** Link text of the trajectory, or null for a goal outside any trajectory. */
	trajectory: string | null;
}

export function buildGoal(input: GoalInput, context: CreationContext, texts: NoteTexts): NoteDraft {
	const t = texts.goal;
	const body = renderSections([
		{ heading: t.behaviour, content: input.statement },
		{ heading: t.why, content: input.why },
		{ heading: t.whereWhen, content: input.whereWhen },
		{ heading: t.evidence, content: input.evidence },
		{ heading: t.progress, prompt: t.progressPrompt },
	]);
	return {
		kind: "goal",
		baseName: input.title,
		frontmatter: newGoalProperties(input, context),
		body,
		placeholders: {
			title: input.title,
			statement: input.statement,
			why: input.why,
			"where-when": input.whereWhen,
			evidence: input.evidence,
			deadline: input.deadline ?? "",
		},
	};
}
