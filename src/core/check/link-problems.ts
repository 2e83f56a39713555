import type { LinkResolver } from "../schema/note-record";
import type { IntervisieNote } from "../schema/notes";
import type { Problem } from "../schema/problem";
import { P } from "../schema/property-names";

/** The link properties of each kind that must point to an existing note. */
function linkFields(note: IntervisieNote): [string, string[]][] {
	switch (note.kind) {
		case "goal":
			return [[P.trajectory, note.trajectory ? [note.trajectory] : []]];
		case "case":
			return [
				[P.session, note.session ? [note.session] : []],
				[P.goals, note.goals],
			];
		case "session":
			return [
				[P.trajectory, note.trajectory ? [note.trajectory] : []],
				[P.cases, note.cases],
			];
		case "report":
			return [
				[P.session, note.session ? [note.session] : []],
				[P.case, note.case ? [note.case] : []],
				[P.goals, note.goals],
			];
		case "intake":
		case "evaluation":
			return [
				[P.trajectory, note.trajectory ? [note.trajectory] : []],
				[P.goals, note.goals],
			];
		default:
			return [];
	}
}

export function linkProblems(note: IntervisieNote, resolver: LinkResolver): Problem[] {
	const problems: Problem[] = [];
	for (const [key, targets] of linkFields(note)) {
		for (const target of targets) {
			if (resolver.resolve(target, note.path)) continue;
			problems.push({
				path: note.path,
				severity: "warning",
				code: "broken-link",
				message: `"${key}" links to "${target}", which does not exist. Was it renamed or deleted? Link the note again.`,
			});
		}
	}
	return problems;
}
