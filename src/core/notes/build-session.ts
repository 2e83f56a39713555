import { newSessionProperties } from "../schema/session-properties";
import type { SessionStatus } from "../schema/kinds";
import type { NoteTexts } from "../templates/note-texts";
import { renderSections } from "./markdown-sections";
import type { CreationContext, NoteDraft } from "./note-draft";

export interface SessionInput {
	date: string;
	number: number | null;
	/** Link text of the trajectory. */
	trajectory: string | null;
	status: SessionStatus;
	caseBringers: readonly string[];
	facilitator: string | null;
	/** Who takes notes; left out of the note when not given. */
	noteTaker?: string | null;
	method: string | null;
	theme: string | null;
	attendance: readonly string[];
}

export function buildSession(input: SessionInput, context: CreationContext, texts: NoteTexts): NoteDraft {
	const name = input.number ? texts.session.fileName(input.number) : texts.session.plainName;
	return {
		kind: "session",
		baseName: `${input.date} ${name}`,
		frontmatter: newSessionProperties(input, context),
		body: renderSections([{ heading: texts.session.notes }]),
		placeholders: {
			date: input.date,
			number: input.number === null ? "" : String(input.number),
			theme: input.theme ?? "",
			"case-bringers": input.caseBringers.join(", "),
			facilitator: input.facilitator ?? "",
			"note-taker": input.noteTaker ?? "",
		},
	};
}
