import type { LinkHit } from "./link-hit";
import type { Edit } from "./text-edits";

/**
 * The edit that puts `label` where a link to a private note stood (an embed leaves nothing). Right after a `#`
 * the label would make a tag (`#[[Jan]]` → `#private note`, which would mark the copy itself private), so the
 * `#` is escaped: Obsidian still shows `#private note`, as text.
 */
export function labelEdit(text: string, hit: LinkHit, label: string, embedsToo = false): Edit {
	const insert = hit.kind === "link" || embedsToo ? label : "";
	if (insert !== "" && text[hit.start - 1] === "#" && text[hit.start - 2] !== "\\") return { start: hit.start - 1, end: hit.end, insert: `\\#${insert}` };
	return { start: hit.start, end: hit.end, insert };
}
