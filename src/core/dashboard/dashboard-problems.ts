import type { LinkIndex } from "../index/link-index";
import type { NoteIndex } from "../index/note-index";
import type { LinkResolver } from "../schema/note-record";
import { linkProblems } from "../check/link-problems";
import type { IntervisieNote } from "../schema/notes";
import type { Problem, Severity } from "../schema/problem";
import { vaultProblems } from "../vault/vault-problems";
import { titleOf } from "../schema/read-note";
import type { ProblemRow } from "./dashboard-model";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Broken links by the typed note they were found in (a changed note is a new one), with the link generation they hold for. */
const brokenLinksOf = new WeakMap<IntervisieNote, { links: LinkIndex; generation: number; problems: readonly Problem[] }>();

/**
 * What needs fixing in our notes, errors first: the same list as `intervisie check` gives. A note's broken links
 * are kept until the note changes or a note comes or goes (`generation`), so a change looks up one note's links.
 */
export function dashboardProblems(index: NoteIndex, links: LinkIndex, resolver: LinkResolver): ProblemRow[] {
	const generation = links.generation;
	const brokenLinks = (note: IntervisieNote): readonly Problem[] => {
		const known = brokenLinksOf.get(note);
		if (known && known.links === links && known.generation === generation) return known.problems;
		const problems = linkProblems(note, resolver);
		brokenLinksOf.set(note, { links, generation, problems });
		return problems;
	};
	return vaultProblems(index.all(), resolver, brokenLinks).problems
		.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compare(a.path, b.path) || compare(a.code, b.code))
		.map((p) => ({ path: p.path, title: titleOf(p.path), severity: p.severity, code: p.code, message: p.message }));
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
