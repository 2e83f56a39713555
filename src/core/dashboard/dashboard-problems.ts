import type { NoteIndex } from "../index/note-index";
import type { LinkResolver } from "../schema/note-record";
import type { Severity } from "../schema/problem";
import { vaultProblems } from "../vault/vault-problems";
import { titleOf } from "../schema/read-note";
import type { ProblemRow } from "./dashboard-model";

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** What needs fixing in our notes, errors first: the same list as `intervisie check` gives. */
export function dashboardProblems(index: NoteIndex, resolver: LinkResolver): ProblemRow[] {
	return vaultProblems(index.all(), resolver).problems
		.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || compare(a.path, b.path) || compare(a.code, b.code))
		.map((p) => ({ path: p.path, title: titleOf(p.path), severity: p.severity, code: p.code, message: p.message }));
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
