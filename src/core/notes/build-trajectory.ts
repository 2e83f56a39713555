import { newTrajectoryProperties } from "../schema/trajectory-properties";
import type { NewTrajectory } from "../schema/trajectory-properties";
import type { NoteTexts } from "../templates/note-texts";
import { renderSections } from "./markdown-sections";
import type { CreationContext, NoteDraft } from "./note-draft";

/** What a new trajectory note is made from: its properties, as the schema writes them. */
export type TrajectoryInput = NewTrajectory;

export function buildTrajectory(input: TrajectoryInput, context: CreationContext, texts: NoteTexts): NoteDraft {
	const t = texts.trajectory;
	const body = renderSections([
		{ heading: t.about, prompt: t.aboutPrompt },
		{ heading: t.members, content: input.members.map((m) => `- ${m}`).join("\n") },
		{ heading: t.sessions, prompt: t.sessionsPrompt },
	]);
	return {
		kind: "trajectory",
		baseName: input.name,
		frontmatter: newTrajectoryProperties(input, context),
		body,
		placeholders: {
			name: input.name,
			start: input.start ?? "",
			end: input.end ?? "",
			members: input.members.join(", "),
			facilitator: input.facilitator ?? "",
		},
	};
}
