import type { NoteKind } from "../schema/kinds";

/** File names (without `.md`) a user template may have in the template folder, English or Dutch. */
const NAMES: Record<NoteKind, readonly string[]> = {
	trajectory: ["trajectory", "traject"],
	goal: ["goal", "leerdoel"],
	case: ["case", "casus"],
	session: ["session", "bijeenkomst"],
	report: ["report", "verslag"],
	intake: ["intake", "intakegesprek"],
	evaluation: ["evaluation", "evaluatie"],
};

export function userTemplateNames(kind: NoteKind): readonly string[] {
	return NAMES[kind];
}
