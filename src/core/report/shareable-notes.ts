import type { NoteIndex } from "../index/note-index";
import { makeShareable } from "../privacy/make-shareable";
import { isPrivateNote } from "../privacy/private-note";
import type { LinkResolver } from "../schema/note-record";

export interface ShareableNote {
	frontmatter: Record<string, unknown>;
	body: string;
}

export interface ShareableSources {
	index: NoteIndex;
	resolver: LinkResolver;
	/** Note bodies (the text after the frontmatter) by path; a missing body reads as empty. */
	bodies: ReadonlyMap<string, string>;
	/** Whether the note at a path is private; for notes outside the index (a linked daily note). Defaults to the index's frontmatter. */
	isPrivatePath?: (path: string) => boolean;
	/** What a link to a private note becomes. */
	privateLabel: string;
}

/**
 * The only way the report reads a note: a private note is not there at all, and of any other note only its
 * shareable version is read (no private callouts, no comments, no links to private notes).
 */
export class ShareableNotes {
	private readonly cache = new Map<string, ShareableNote | null>();

	constructor(private readonly sources: ShareableSources) {}

	isPrivate(path: string): boolean {
		const entry = this.sources.index.get(path);
		if (entry) return isPrivateNote(entry.record.frontmatter);
		return this.sources.isPrivatePath?.(path) ?? false;
	}

	/** The shareable version of a note of ours, or null when it is private or not in the index. */
	read(path: string): ShareableNote | null {
		if (this.cache.has(path)) return this.cache.get(path) ?? null;
		const entry = this.sources.index.get(path);
		let note: ShareableNote | null = null;
		if (entry) {
			const result = makeShareable({
				frontmatter: entry.record.frontmatter,
				body: this.sources.bodies.get(path) ?? "",
				isPrivateTarget: (target) => {
					const resolved = this.sources.resolver.resolve(target, path);
					return resolved !== null && this.isPrivate(resolved);
				},
				privateLabel: this.sources.privateLabel,
			});
			if (result.kind === "shareable") note = { frontmatter: result.frontmatter, body: result.body };
		}
		this.cache.set(path, note);
		return note;
	}
}
