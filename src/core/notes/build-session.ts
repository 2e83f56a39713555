import { newSessionProperties } from "../schema/session-properties";
import type { NewSession } from "../schema/session-properties";
import type { NoteTexts } from "../templates/note-texts";
import { renderSections } from "./markdown-sections";
import type { CreationContext, NoteDraft } from "./note-draft";

/** What a new session note is made from: its properties, as the schema writes them. */
export type SessionInput = NewSession;

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
