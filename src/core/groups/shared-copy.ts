import { isMarkedShared } from "../schema/note-properties";
import { isGroupPath } from "./group-folders";

/**
 * A member's shared copy rather than a note of one's own: marked `shared: true`, or (where the groups folder
 * is known) anywhere inside it. Copies are checked and counted in the vault they came from, never twice.
 */
export function isSharedCopy(path: string, frontmatter: Record<string, unknown> | null | undefined, groupsFolder: string): boolean {
	return isMarkedShared(frontmatter) || isGroupPath(path, groupsFolder);
}
