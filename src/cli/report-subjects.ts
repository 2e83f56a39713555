import { isSharedCopy } from "../core/groups/shared-copy";
import { sameName } from "../core/index/my-notes";
import type { NoteIndex } from "../core/index/note-index";
import type { NoteRecord } from "../core/schema/note-record";
import type { TrajectoryNote } from "../core/schema/notes";
import { P } from "../core/schema/property-names";
import { UsageError } from "./cli-io";

/** Kinds whose author is a participant; sessions and trajectories are often written by the facilitator. */
const PERSONAL_KINDS = new Set(["goal", "report", "case", "intake", "evaluation"]);

/** The names that wrote personal notes, or are the participant of an intake or evaluation; each name once. */
function authorsOf(records: readonly NoteRecord[]): string[] {
	const names: string[] = [];
	for (const { frontmatter } of records) {
		const kind = frontmatter?.[P.kind];
		if (!frontmatter || typeof kind !== "string" || !PERSONAL_KINDS.has(kind.trim().toLowerCase())) continue;
		for (const value of [frontmatter[P.author], frontmatter[P.participant]]) {
			if (typeof value === "string" && value.trim() !== "" && !names.some((name) => sameName(name, value))) names.push(value.trim());
		}
	}
	return names;
}

/** `--member`, else the only author of the vault's personal notes. */
export function chooseMember(given: string | null, records: readonly NoteRecord[]): string {
	if (given !== null) return given;
	const authors = authorsOf(records);
	if (authors.length === 1) return authors[0] ?? "";
	if (authors.length === 0) throw new UsageError("The notes do not say whose they are (no author). Name the participant: --member NAME");
	throw new UsageError(`The notes are by ${authors.length} people (${authors.join(", ")}). Choose one with --member NAME, or use --group for a group folder.`);
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
		const fm = record.frontmatter;
		const author = fm?.[P.author];
		if (!folder || !fm || !(P.kind in fm) || (typeof author === "string" && author.trim() !== "")) return record;
		return { ...record, frontmatter: { ...fm, [P.author]: folder } };
	});
}

/** Shared copies are other people's notes, or mine twice: a personal report leaves them out. */
export function withoutSharedCopies(records: readonly NoteRecord[]): NoteRecord[] {
	return records.filter((record) => !isSharedCopy(record.path, record.frontmatter));
}
