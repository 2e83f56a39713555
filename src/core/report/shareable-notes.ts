import type { NoteIndex } from "../index/note-index";
import { makeShareable } from "../privacy/make-shareable";
import { isPrivateRecord } from "../privacy/might-be-private";
import { privateTargetRule } from "../privacy/private-target";
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
	/**
	 * The one decision of whether the note at a path is or might be private, for every note (a linked daily
	 * note outside the index too). Without it, the index's records decide, and notes outside it are not private.
	 */
	isPrivatePath?: (path: string) => boolean;
	/** Notes whose name a link that leads nowhere starts with (see `privateTargetRule`); none when not given. */
	namedAtStartOf?: (target: string) => readonly string[];
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
		if (this.sources.isPrivatePath) return this.sources.isPrivatePath(path);
		const entry = this.sources.index.get(path);
		return entry ? isPrivateRecord(entry.record) : false;
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
				tags: entry.record.tags,
				isPrivateTarget: privateTargetRule({
					resolve: (target) => this.sources.resolver.resolve(target, path),
					isPrivatePath: (target) => this.isPrivate(target),
					namedAtStartOf: (target) => this.sources.namedAtStartOf?.(target) ?? [],
				}),
				privateLabel: this.sources.privateLabel,
			});
			if (result.kind === "shareable") note = { frontmatter: result.frontmatter, body: result.body };
		}
		this.cache.set(path, note);
		return note;
	}
}
