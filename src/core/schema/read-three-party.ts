import type { FieldReader } from "./field-reader";
import type { EvaluationNote, IntakeNote, NoteBase } from "./notes";
import { P } from "./property-names";
import { readRatedGoals } from "./read-rated-goals";

/** Intake and final evaluation share their properties; only what the ratings mean differs. */
export function readThreeParty(kind: "intake" | "evaluation", base: NoteBase, f: FieldReader): IntakeNote | EvaluationNote {
	const date = f.day(P.date);
	const trajectory = f.link(P.trajectory);
	const participant = f.string(P.participant) ?? base.author;
	const manager = f.string(P.manager);
	const facilitator = f.string(P.facilitator);
	const { goals, ratings } = readRatedGoals(base.path, f);
	return { ...base, kind, date, trajectory, participant, manager, facilitator, goals, ratings };
}
