import { isSharedCopy } from "../groups/shared-copy";
import { unmetCriteria } from "../coaching/goal-coach";
import { PathLinkResolver } from "../links/link-resolver";
import { readNote } from "../schema/read-note";
import type { NoteRecord } from "../schema/note-record";
import type { ReadResult } from "../schema/notes";
import type { Problem } from "../schema/problem";
import { vaultProblems } from "../vault/vault-problems";
import type { CheckReport, GoalHint } from "./check-report";

export interface CheckOptions {
	/** Today, local, `YYYY-MM-DD`. */
	today: string;
	/** The statement a goal's coaching reads: its behaviour section, or the first paragraph. */
	goalStatement(path: string): string;
	/** Whose notes these are, for notes that name no author. */
	me?: string;
	/** Problems of files that were not read at all (too large, an unreadable name), listed with the others. */
	fileProblems?: readonly Problem[];
	/** The groups folder, as the plugin's setting names it: notes inside it are members' shared copies. */
	groupsFolder?: string;
}

/** Checks every note of ours in a vault: what it is, what is wrong with it, and advice for goals. */
export function checkVault(records: readonly NoteRecord[], options: CheckOptions): CheckReport {
	const report: CheckReport = { notes: [], problems: [], hints: [] };
	// A member's shared copy is checked in the vault it came from; here it would count twice.
	const entries = records.filter((record) => !isSharedCopy(record.path, record.frontmatter, options.groupsFolder ?? "")).map((record) => ({ record, ...readOf(record, options) }));
	const { problems, notes } = vaultProblems(entries, new PathLinkResolver(records.map((r) => r.path)));
	report.problems.push(...problems, ...(options.fileProblems ?? []));
	for (const note of notes) {
		report.notes.push({ path: note.path, kind: note.kind });
		if (note.kind === "goal") report.hints.push(...goalHints(note.path, options.goalStatement(note.path), note.deadline));
	}
	report.notes.sort((a, b) => a.path.localeCompare(b.path));
	report.problems.sort((a, b) => a.path.localeCompare(b.path) || a.code.localeCompare(b.code));
	return report;
}

/** Unreadable properties are not read at all: the problem says why. */
function readOf(record: NoteRecord, options: CheckOptions): ReadResult {
	return record.yamlError ? { note: null, problems: [] } : readNote(record, { me: options.me ?? "" });
}

function goalHints(path: string, statement: string, deadline: string | null): GoalHint[] {
	if (statement.trim() === "") return [];
	return unmetCriteria({ statement, deadline }, "en").map((result) => ({
		path,
		criterion: result.criterion,
		message: result.message,
	}));
}
