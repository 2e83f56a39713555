import type { App, TFile } from "obsidian";
import { parseYaml } from "obsidian";
import { findPropertiesBlock } from "../core/markdown/properties-block";
import type { NoteRecord } from "../core/schema/note-record";

const OURS = /^intervisie\s*:/m;

/**
 * Obsidian gives a note whose YAML it cannot parse no frontmatter at all, so it would silently vanish.
 * For notes in our folders that start with a properties block yet have none in the cache, read the text
 * once and keep a record that says why, so the dashboard can list it under problems.
 */
export async function unreadableRecord(app: App, file: TFile, record: NoteRecord): Promise<NoteRecord | null> {
	let text: string;
	try {
		text = await app.vault.cachedRead(file);
	} catch {
		return null;
	}
	const found = findPropertiesBlock(text);
	if (!found) return null;
	const block = found.raw;
	try {
		parseYaml(block);
		return null;
	} catch (error) {
		const reason = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
		return { ...record, yamlError: { reason, ours: OURS.test(block) } };
	}
}
