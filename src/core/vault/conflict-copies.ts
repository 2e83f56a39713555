import { looksLikeConflictCopy } from "../check/conflict-copy";
import type { IntervisieNote } from "../schema/notes";
import type { Problem } from "../schema/problem";
import { titleOf } from "../schema/read-note";
import { groupsBy } from "./duplicate-titles";
import { othersNamed } from "./same-name-list";

/** A conflict copy shows in its file name, or as a second note carrying the same `id`. */
export function conflictCopies(notes: readonly IntervisieNote[]): Problem[] {
	const problems: Problem[] = [];
	const flagged = new Set<string>();
	for (const note of notes) {
		if (!looksLikeConflictCopy(note.path)) continue;
		flagged.add(note.path);
		problems.push(conflict(note.path, "Its name marks it as a sync conflict copy."));
	}
	for (const group of groupsBy(notes, (note) => (note.id !== note.path ? note.id : null))) {
		group.forEach((note, i) => {
			if (!flagged.has(note.path)) problems.push(conflict(note.path, `It has the same id as ${othersNamed(group, i, (n) => titleOf(n.path))}.`));
		});
	}
	return problems;
}

function conflict(path: string, why: string): Problem {
	return {
		path,
		severity: "warning",
		code: "conflict-copy",
		message: `${why} Compare it with the original, keep what you need, and delete the copy.`,
	};
}
