import type { NoteDraft } from "../notes/note-draft";
import { idOf, namedAuthorOf } from "../schema/note-properties";
import { renderFrontmatter, renderFrontmatterLines } from "../yaml/render-frontmatter";
import { fillPlaceholders } from "./fill-placeholders";
import { splitFrontmatter, topLevelEntries } from "./split-frontmatter";

/**
 * The full text of a new note. With a user template, its body replaces ours (`{{body}}` brings ours back),
 * and its frontmatter keys are kept beside ours; for a key both set, ours wins, because the plugin reads it.
 */
export function composeNote(draft: NoteDraft, userTemplate: string | null): string {
	if (userTemplate === null) return `${renderFrontmatter(draft.frontmatter)}\n${draft.body}`;
	const values = { ...draft.placeholders, body: draft.body, id: idOf(draft.frontmatter) ?? "", author: namedAuthorOf(draft.frontmatter) ?? "" };
	const template = splitFrontmatter(fillPlaceholders(userTemplate, values));
	const ours = renderFrontmatterLines(draft.frontmatter);
	const ourKeys = new Set(Object.keys(draft.frontmatter).filter((k) => draft.frontmatter[k] !== undefined));
	const theirs = topLevelEntries(template.yamlLines ?? []).filter((e) => e.key !== "" && !ourKeys.has(e.key));
	const yaml = ["---", ...ours, ...theirs.flatMap((e) => e.lines), "---"].join("\n");
	const body = template.body.trim() === "" ? draft.body : template.body.replace(/^\n+/, "");
	return `${yaml}\n\n${body}`;
}
