import type { App, TFile } from "obsidian";
import { Notice } from "obsidian";
import type { FrontmatterChange } from "../core/schema/frontmatter-change";
import { writtenByNewerVersion } from "../core/schema/note-properties";
import { reason } from "./note-writer";
import { ui } from "./ui-language";
import { findPropertiesBlock } from "../core/markdown/properties-block";

/**
 * The one way this plugin changes properties of an existing note: a writer's change from the schema, applied
 * through `processFrontMatter`, only when the user asked, never on a note of a newer schema, and with a notice
 * instead of an uncaught error.
 */
export async function editFrontmatter(app: App, file: TFile, change: FrontmatterChange): Promise<boolean> {
	const cached = app.metadataCache.getFileCache(file)?.frontmatter;
	if (writtenByNewerVersion(cached)) {
		new Notice(ui().notices.newerSchema(file.basename));
		return false;
	}
	let refused = false;
	try {
		await app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
			// The cache can lag behind the file: check the text that is actually being changed.
			if (writtenByNewerVersion(frontmatter)) {
				refused = true;
				return;
			}
			change(frontmatter);
		});
	} catch (error) {
		const broken = (await hasUnreadableFrontmatter(app, file)) || /yaml/i.test(reason(error)) || (error instanceof Error && /yaml/i.test(error.name));
		new Notice(broken ? ui().notices.malformedYaml(file.basename) : ui().notices.writeFailed(file.basename, reason(error)));
		return false;
	}
	if (refused) new Notice(ui().notices.newerSchema(file.basename));
	return !refused;
}

/** Obsidian leaves `frontmatter` out of the cache when the note's YAML block cannot be parsed. */
async function hasUnreadableFrontmatter(app: App, file: TFile): Promise<boolean> {
	if (app.metadataCache.getFileCache(file)?.frontmatter) return false;
	try {
		return findPropertiesBlock(await app.vault.cachedRead(file)) !== null;
	} catch {
		return false;
	}
}
