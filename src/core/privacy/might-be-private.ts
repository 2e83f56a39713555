import type { NoteRecord } from "../schema/note-record";
import { isPrivateNote } from "./private-note";
import { isPrivateTag, tagsOfProperties } from "./private-tags";
import { propertiesWithinBound } from "../yaml/properties-bound";
import { rawPropertiesMightBePrivate } from "./raw-properties";

/** What can be known of a note to decide whether it is private. */
export interface PrivacySigns {
	/** The properties as parsed, or null when there are none (or they could not be read). */
	frontmatter: Record<string, unknown> | null;
	/** The note's tags, from its body and its `tags` property, with or without `#`. */
	tags?: readonly string[];
	/** The properties block as written, where the parsed properties may not show it all (a byte-order mark). */
	rawProperties?: string | null;
	/** The note has a properties block that could not be read, or that is over a size or alias bound. */
	unreadable?: boolean;
}

/**
 * The one decision of "is this note private, or might it be?", asked by every exit. A note is private when
 * its `private` property says so (anything but an explicit no), when it has a `private` tag, when its raw
 * properties hold a `private` key or tag, or when its properties cannot be read. See docs/privacy.md.
 */
export function mightBePrivate(signs: PrivacySigns): boolean {
	if (signs.unreadable) return true;
	if (signs.frontmatter !== null && !propertiesWithinBound(signs.frontmatter)) return true;
	if (isPrivateNote(signs.frontmatter)) return true;
	if (tagsOfProperties(signs.frontmatter).some(isPrivateTag)) return true;
	if (signs.tags?.some(isPrivateTag)) return true;
	return signs.rawProperties !== undefined && signs.rawProperties !== null && rawPropertiesMightBePrivate(signs.rawProperties);
}

/** The decision for a record of the index: its properties, its body tags, and whether its properties could be read. */
export function isPrivateRecord(record: NoteRecord): boolean {
	return mightBePrivate({ frontmatter: record.frontmatter, tags: record.tags, unreadable: record.yamlError !== undefined });
}
