import { isSharedCopy } from "../core/groups/shared-copy";
import { sameName } from "../core/index/my-notes";
import type { NoteIndex } from "../core/index/note-index";
import type { NoteRecord } from "../core/schema/note-record";
import type { TrajectoryNote } from "../core/schema/notes";
import { withAuthor } from "../core/schema/note-properties";
import { readNote } from "../core/schema/read-note";
import { UsageError } from "./cli-io";

/** Kinds whose author is a participant; sessions and trajectories are often written by the facilitator. */
const PERSONAL_KINDS = new Set(["goal", "report", "case", "intake", "evaluation"]);

interface Authors {
	/** The names that wrote personal notes, or are the participant of an intake or evaluation; each name once. */
	names: string[];
	/** Whether a personal note names nobody: in a personal vault it is the participant's own. */
	nameless: boolean;
}

function authorsOf(records: readonly NoteRecord[]): Authors {
	const authors: Authors = { names: [], nameless: false };
	for (const record of records) {
		// Read with no one as the current user: a note that names no author stays nameless.
		const note = readNote(record, { me: "" }).note;
		if (!note || !PERSONAL_KINDS.has(note.kind)) continue;
		const named = [note.author, "participant" in note ? note.participant : null].filter((value): value is string => value !== null && value !== "");
		if (named.length === 0) authors.nameless = true;
		for (const value of named) if (!authors.names.some((name) => sameName(name, value))) authors.names.push(value);
	}
	return authors;
}

/**
 * `--member`, when some notes are theirs; else the only author of the vault's personal notes; else, when the
 * notes name nobody, "": a personal vault is one person's, whose report needs no name.
 */
export function chooseMember(given: string | null, records: readonly NoteRecord[]): string {
	const authors = authorsOf(records);
	if (given !== null) {
		if (!authors.nameless) assertHasNotes(given, authors.names);
		return given;
	}
	if (authors.names.length === 1) return authors.names[0] ?? "";
	if (authors.names.length === 0) {
		if (authors.nameless) return "";
		throw new UsageError("The folder has no goals, reports, cases, intakes or evaluations to report on.");
	}
	throw new UsageError(`The notes are by ${authors.names.length} people (${authors.names.join(", ")}). Choose one with --member NAME, or use --group for a group folder.`);
}

/** In a group folder, `--member` must be someone whose notes are there (by author or by member folder). */
export function assertGroupMember(given: string, records: readonly NoteRecord[]): void {
	assertHasNotes(given, authorsOf(records).names);
}

function assertHasNotes(given: string, names: readonly string[]): void {
	if (names.some((name) => sameName(name, given))) return;
	throw new UsageError(
		names.length > 0
			? `No notes of "${given}" were found. The notes are by: ${names.join(", ")}.`
			: `No notes of "${given}" were found: the folder has no goals, reports, cases, intakes or evaluations.`,
	);
}

/**
 * `--trajectory` by name; else the only trajectory `member` takes part in (or the only one there is);
 * null when there is none, so the report covers all the member's notes.
 */
export function chooseTrajectory(index: NoteIndex, given: string | null, member: string | null): TrajectoryNote | null {
	const all = index.ofKind("trajectory").sort((a, b) => a.name.localeCompare(b.name));
	const names = (list: readonly TrajectoryNote[]): string => list.map((t) => `"${t.name}"`).join(", ");
	if (given !== null) {
		const found = all.filter((t) => sameName(t.name, given) || sameName(t.title, given));
		if (found.length === 1) return found[0] ?? null;
		if (found.length === 0) throw new UsageError(all.length ? `No trajectory named "${given}". There are: ${names(all)}.` : `No trajectory named "${given}": the folder has no trajectory notes.`);
		throw new UsageError(`${found.length} trajectories are named "${given}": ${found.map((t) => t.path).join(", ")}. Rename one in its name property.`);
	}
	if (all.length <= 1) return all[0] ?? null;
	const mine = member === null ? [] : all.filter((t) => t.members.some((name) => sameName(name, member)));
	if (mine.length === 1) return mine[0] ?? null;
	throw new UsageError(`Choose a trajectory with --trajectory NAME: ${names(mine.length ? mine : all)}.`);
}

const MEMBER_KINDS = new Set(["goal", "report", "intake"]);

/** A group's members: the trajectory's `members`, else the member folders that hold a goal, report or intake. */
export function groupMembers(trajectory: TrajectoryNote | null, index: NoteIndex, records: readonly NoteRecord[]): string[] {
	if (trajectory && trajectory.members.length > 0) return [...trajectory.members];
	const authors = [...index.all()].flatMap(({ note }) => (note && MEMBER_KINDS.has(note.kind) ? [note.author] : []));
	const folders = new Set(records.map((r) => r.path.split("/")).filter((parts) => parts.length > 1).map((parts) => parts[0] ?? ""));
	return [...folders].filter((folder) => authors.some((author) => sameName(author, folder))).sort((a, b) => a.localeCompare(b));
}

/** In a group folder, a note that names no author is by the member whose folder it is in. */
export function withFolderAuthors(records: readonly NoteRecord[]): NoteRecord[] {
	return records.map((record) => {
		const parts = record.path.split("/");
		const folder = parts.length > 1 ? parts[0] : undefined;
		const frontmatter = record.frontmatter;
		return folder && frontmatter ? { ...record, frontmatter: withAuthor(frontmatter, folder) } : record;
	});
}

/** Shared copies are other people's notes, or mine twice: a personal report leaves them out, by the plugin's rule. */
export function withoutSharedCopies(records: readonly NoteRecord[], groupsFolder: string): NoteRecord[] {
	return records.filter((record) => !isSharedCopy(record.path, record.frontmatter, groupsFolder));
}
