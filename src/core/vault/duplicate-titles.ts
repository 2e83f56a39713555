import type { IntervisieNote } from "../schema/notes";
import type { Problem } from "../schema/problem";
import { othersNamed } from "./same-name-list";

/** Notes of ours that share a name, letter case aside: a link by name may lead to the wrong one. */
export function duplicateTitles(notes: readonly IntervisieNote[]): Problem[] {
	const problems: Problem[] = [];
	for (const group of groupsBy(notes, (note) => note.title.toLowerCase())) {
		group.forEach((note, i) => {
			problems.push({
				path: note.path,
				severity: "warning",
				code: "duplicate-title",
				message: `Another note has the same name (${othersNamed(group, i, (n) => n.path)}); a link by name may point to the wrong one. Rename one of them.`,
			});
		});
	}
	return problems;
}

/** The groups of two or more notes that share a key, in the order each group was first seen. */
export function groupsBy(notes: readonly IntervisieNote[], key: (note: IntervisieNote) => string | null): IntervisieNote[][] {
	const groups = new Map<string, IntervisieNote[]>();
	for (const note of notes) {
		const k = key(note);
		if (k === null) continue;
		const group = groups.get(k);
		if (group) group.push(note);
		else groups.set(k, [note]);
	}
	return [...groups.values()].filter((group) => group.length > 1);
}
