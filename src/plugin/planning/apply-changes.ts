import { TFile } from "obsidian";
import type { FileChange } from "../../core/planning/session-changes";
import { setProperties } from "../../core/schema/frontmatter-change";
import { editFrontmatter } from "../frontmatter-editor";
import type { Services } from "../services";

/**
 * Sets the changed properties, note by note, through the one frontmatter editor (which refuses notes of a
 * newer schema and unreadable YAML with a notice). Other properties and the body stay as they are.
 * Returns how many notes were changed.
 */
export async function applyChanges(services: Services, files: readonly FileChange[]): Promise<number> {
	let done = 0;
	for (const change of files) {
		const file = services.app.vault.getAbstractFileByPath(change.path);
		if (!(file instanceof TFile)) continue;
		const ok = await editFrontmatter(services.app, file, setProperties(change.changes));
		if (ok) done++;
	}
	return done;
}
