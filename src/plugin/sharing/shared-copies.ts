import { Notice, TFile } from "obsidian";
import type { App } from "obsidian";
import { memberFolderOf, groupFolderOf } from "../../core/groups/group-folders";
import { SHARING_STRINGS } from "../../core/i18n/sharing-strings";
import { idOf as idOfProperties } from "../../core/schema/note-properties";
import type { Services } from "../services";
import { uiLanguage } from "../ui-language";

const strings = () => SHARING_STRINGS[uiLanguage()];

/** Withdraw shared copy: removes my copy of the active note (or the open copy itself) from the group folder. */
export function withdrawSharedCopy(services: Services): void {
	const t = strings();
	const file = services.app.workspace.getActiveFile();
	if (!file) {
		new Notice(t.openNote);
		return;
	}
	const id = idOf(services.app, file);
	const me = services.settings().myName;
	const copy = myCopies(services, me).find((c) => c.path === file.path || (id !== null && c.id === id));
	if (!copy) {
		new Notice(t.noCopy);
		return;
	}
	void trashCopy(services, copy.path);
}

export async function trashCopy(services: Services, path: string): Promise<void> {
	const t = strings();
	const me = services.settings().myName;
	// Only ever a copy in my own subfolder: never another member's file.
	if (!myCopies(services, me).some((c) => c.path === path)) return;
	const copy = services.app.vault.getAbstractFileByPath(path);
	if (!(copy instanceof TFile)) return;
	await services.app.fileManager.trashFile(copy);
	new Notice(t.withdrawn(path));
}

/** My shared copies in every group folder, with their ids. */
export function myCopies(services: Services, me: string): { path: string; id: string | null }[] {
	const settings = services.settings();
	const index = services.index();
	const folders = index.ofKind("trajectory").map((tr) => memberFolderOf(groupFolderOf(tr, settings.groupsFolder), me));
	const copies: { path: string; id: string | null }[] = [];
	for (const [path, record] of services.groupRecords()) {
		if (!folders.some((folder) => path.startsWith(`${folder}/`))) continue;
		copies.push({ path, id: idOfProperties(record.frontmatter) });
	}
	return copies;
}

export function idOf(app: App, file: TFile): string | null {
	return idOfProperties(app.metadataCache.getFileCache(file)?.frontmatter);
}
