import { isSharedCopy } from "../groups/shared-copy";
import { unmetCriteria } from "../coaching/goal-coach";
import { PathLinkResolver } from "../links/link-resolver";
import { readNote, titleOf } from "../schema/read-note";
import type { NoteRecord } from "../schema/note-record";
import type { IntervisieNote } from "../schema/notes";
import type { Problem } from "../schema/problem";
import type { CheckReport, GoalHint } from "./check-report";
import { looksLikeConflictCopy } from "./conflict-copy";
import { linkProblems } from "./link-problems";
import { malformedYamlProblem } from "./malformed-yaml";

export interface CheckOptions {
	/** Today, local, `YYYY-MM-DD`. */
	today: string;
	/** The statement a goal's coaching reads: its behaviour section, or the first paragraph. */
	goalStatement(path: string): string;
	/** Whose notes these are, for notes that name no author. */
	me?: string;
	/** Problems of files that were not read at all (too large, an unreadable name), listed with the others. */
	fileProblems?: readonly Problem[];
}

/** Checks every note of ours in a vault: what it is, what is wrong with it, and advice for goals. */
export function checkVault(records: readonly NoteRecord[], options: CheckOptions): CheckReport {
	const report: CheckReport = { notes: [], problems: [], hints: [] };
	const notes: IntervisieNote[] = [];
	for (const record of records) {
		// A member's shared copy is checked in the vault it came from; here it would count twice.
		if (isSharedCopy(record.path, record.frontmatter)) continue;
		if (record.yamlError) {
			if (record.yamlError.ours) report.problems.push(malformedYamlProblem(record.path, record.yamlError.reason));
			continue;
		}
		const { note, problems } = readNote(record, { me: options.me ?? "" });
		report.problems.push(...problems);
		if (!note) continue;
		notes.push(note);
		report.notes.push({ path: note.path, kind: note.kind });
	}
	const resolver = new PathLinkResolver(records.map((r) => r.path));
	for (const note of notes) report.problems.push(...linkProblems(note, resolver));
	report.problems.push(...duplicateTitles(notes), ...conflictCopies(notes), ...(options.fileProblems ?? []));
	for (const note of notes) {
		if (note.kind === "goal") report.hints.push(...goalHints(note.path, options.goalStatement(note.path), note.deadline));
	}
	report.notes.sort((a, b) => a.path.localeCompare(b.path));
	report.problems.sort((a, b) => a.path.localeCompare(b.path) || a.code.localeCompare(b.code));
	return report;
}

function duplicateTitles(notes: readonly IntervisieNote[]): Problem[] {
	const byTitle = new Map<string, IntervisieNote[]>();
	for (const note of notes) {
		const key = note.title.toLowerCase();
		byTitle.set(key, [...(byTitle.get(key) ?? []), note]);
	}
	const problems: Problem[] = [];
	for (const group of byTitle.values()) {
		if (group.length < 2) continue;
		for (const note of group) {
			const others = group.filter((n) => n !== note).map((n) => n.path);
			problems.push({
				path: note.path,
				severity: "warning",
				code: "duplicate-title",
				message: `Another note has the same name (${others.join(", ")}); a link by name may point to the wrong one. Rename one of them.`,
			});
		}
	}
	return problems;
}

/** A conflict copy shows in its file name, or as a second note carrying the same `id`. */
function conflictCopies(notes: readonly IntervisieNote[]): Problem[] {
	const problems: Problem[] = [];
	const byId = new Map<string, IntervisieNote[]>();
	for (const note of notes) {
		if (note.id !== note.path) byId.set(note.id, [...(byId.get(note.id) ?? []), note]);
	}
	const flagged = new Set<string>();
	for (const note of notes) {
		if (!looksLikeConflictCopy(note.path)) continue;
		flagged.add(note.path);
		problems.push(conflict(note.path, "Its name marks it as a sync conflict copy."));
	}
	for (const group of byId.values()) {
		if (group.length < 2) continue;
		for (const note of group) {
			if (flagged.has(note.path)) continue;
			const others = group.filter((n) => n !== note).map((n) => titleOf(n.path));
			problems.push(conflict(note.path, `It has the same id as ${others.join(", ")}.`));
		}
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

function goalHints(path: string, statement: string, deadline: string | null): GoalHint[] {
	if (statement.trim() === "") return [];
	return unmetCriteria({ statement, deadline }, "en").map((result) => ({
		path,
		criterion: result.criterion,
		message: result.message,
	}));
}
