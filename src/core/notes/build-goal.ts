import type { GoalStatus } from "../schema/kinds";
import { P } from "../schema/property-names";
import { SCHEMA_VERSION } from "../schema/kinds";
import type { NoteTexts } from "../templates/note-texts";
import { renderSections } from "./markdown-sections";
import type { CreationContext, NoteDraft } from "./note-draft";
import { wikilink } from "./note-draft";

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
		frontmatter: {
			[P.kind]: "goal",
			[P.id]: context.id,
			[P.author]: context.author,
			[P.status]: input.status,
			[P.created]: context.today,
			[P.deadline]: input.deadline,
			[P.trajectory]: input.trajectory ? wikilink(input.trajectory) : undefined,
			[P.baseline]: input.baseline,
			[P.target]: input.target,
			[P.schema]: SCHEMA_VERSION,
		},
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
