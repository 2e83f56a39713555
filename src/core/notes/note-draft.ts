import type { NoteKind } from "../schema/kinds";
import type { FrontmatterData } from "../yaml/render-frontmatter";

/** A note ready to be written: where, under which name, with which properties and body. */
export interface NoteDraft {
	kind: NoteKind;
	/** File name without extension; made safe and unique by the writer. */
	baseName: string;
	frontmatter: FrontmatterData;
	body: string;
	/** Values a user template can use as `{{name}}`. */
	placeholders: Readonly<Record<string, string>>;
}

/** What every created note carries. */
export type { NewNoteContext as CreationContext } from "../schema/new-note-context";
export { wikilink } from "../schema/new-note-context";
