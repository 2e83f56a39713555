import { isNoteKind, SCHEMA_VERSION } from "./kinds";
import type { NoteKind } from "./kinds";
import type { FrontmatterChange } from "./frontmatter-change";
import { P } from "./property-names";

/**
 * The bookkeeping properties any note can carry, ours or not (`intervisie`, `id`, `author`, `schema`,
 * `shared`, `shared-at`): each one's reader beside its writer.
 */
type Properties = Readonly<Record<string, unknown>> | null | undefined;

/** The `intervisie` property is there with a value: the note claims to be one of ours (its kind may be unknown). */
export function namesKind(frontmatter: Properties): boolean {
	return !!frontmatter && frontmatter[P.kind] !== undefined && frontmatter[P.kind] !== null;
}

/** The kind a note names, when it is one we know; null otherwise. */
export function knownKindOf(frontmatter: Properties): NoteKind | null {
	const kind = frontmatter?.[P.kind];
	return isNoteKind(kind) ? kind : null;
}

/** The note's own `id`, when it has one that is not empty. */
export function idOf(frontmatter: Properties): string | null {
	const id = frontmatter?.[P.id];
	return typeof id === "string" && id.trim() !== "" ? id : null;
}

/** Gives a note that has no `id` yet the one it will keep from now on. */
export function setId(id: string): FrontmatterChange {
	return (frontmatter) => {
		frontmatter[P.id] = id;
	};
}

/** The author the note names, trimmed; null when it names none. */
export function namedAuthorOf(frontmatter: Properties): string | null {
	const author = frontmatter?.[P.author];
	return typeof author === "string" && author.trim() !== "" ? author.trim() : null;
}

/** A note of ours that names no author, as written by `author` (a member's folder says whose the note is). */
export function withAuthor<T extends Readonly<Record<string, unknown>>>(frontmatter: T, author: string): T {
	if (!(P.kind in frontmatter) || namedAuthorOf(frontmatter) !== null) return frontmatter;
	return { ...frontmatter, [P.author]: author };
}

/** Written by a newer version of the plugin: such a note is read, never changed. */
export function writtenByNewerVersion(frontmatter: Properties): boolean {
	const value = frontmatter?.[P.schema];
	const version = typeof value === "number" ? value : typeof value === "string" ? Number(value) : NaN;
	return Number.isFinite(version) && version > SCHEMA_VERSION;
}

/** `shared: true`: a copy that *Share with group* wrote into a group folder. */
export function isMarkedShared(frontmatter: Properties): boolean {
	return frontmatter?.[P.shared] === true;
}

/** The properties of a shared copy: the shareable ones of the note, its `id`, and when it was shared. */
export function sharedCopyProperties(shareable: Readonly<Record<string, unknown>>, id: string, today: string): Record<string, unknown> {
	return { ...shareable, [P.id]: id, [P.shared]: true, [P.sharedAt]: today };
}
