import type { FrontmatterData } from "../yaml/render-frontmatter";
import type { FieldReader } from "./field-reader";
import { SCHEMA_VERSION } from "./kinds";
import { noteHead, wikilink, type NewNoteContext } from "./new-note-context";
import type { EvaluationNote, IntakeNote, NoteBase } from "./notes";
import { P } from "./property-names";
import { readRatedGoals } from "./read-rated-goals";

/** Intake and final evaluation share their properties; only what the ratings mean differs. Reader, then writer. */
export function readThreeParty(kind: "intake" | "evaluation", base: NoteBase, f: FieldReader): IntakeNote | EvaluationNote {
	const date = f.day(P.date);
	const trajectory = f.link(P.trajectory);
	const participant = f.string(P.participant) ?? base.author;
	const manager = f.string(P.manager);
	const facilitator = f.string(P.facilitator);
	const { goals, ratings } = readRatedGoals(base.path, f);
	return { ...base, kind, date, trajectory, participant, manager, facilitator, goals, ratings };
}

export interface NewThreeParty {
	date: string;
	/** Link text of the trajectory. */
	trajectory: string | null;
	participant: string | null;
	manager: string | null;
	facilitator: string | null;
	/** Intake: the baseline per goal; evaluation: the final rating per goal. */
	goals: readonly { link: string; rating: number | null }[];
}

export function newThreePartyProperties(kind: "intake" | "evaluation", note: NewThreeParty, context: NewNoteContext): FrontmatterData {
	return {
		...noteHead(kind, context),
		[P.date]: note.date,
		[P.trajectory]: note.trajectory ? wikilink(note.trajectory) : null,
		[P.participant]: note.participant,
		[P.manager]: note.manager,
		[P.facilitator]: note.facilitator,
		[P.goals]: note.goals.map((g) => wikilink(g.link)),
		[P.ratings]: note.goals.map((g) => g.rating),
		[P.schema]: SCHEMA_VERSION,
	};
}
