import type { App, TFile } from "obsidian";
import { isGroupPath } from "../core/groups/group-folders";
import type { LinkResolver } from "../core/schema/note-record";

/**
 * Resolves links the way Obsidian itself does, through its metadata cache; except that a link in one of my
 * own notes never leads to a member's shared copy in a group folder, even when Obsidian would pick that copy
 * for a name we share. Then my own note of that name is the target, or none.
 */
export class ObsidianLinkResolver implements LinkResolver {
	constructor(
		private readonly app: App,
		private readonly groupsFolder: () => string = () => "",
	) {}

	resolve(link: string, fromPath: string): string | null {
		const target = link.split("|")[0]?.split("#")[0]?.trim() ?? "";
		if (target === "") return null;
		const found = this.app.metadataCache.getFirstLinkpathDest(target, fromPath);
		if (!found) return null;
		const groups = this.groupsFolder();
		if (!isGroupPath(found.path, groups) || isGroupPath(fromPath, groups)) return found.path;
		return this.ownNamed(found, groups)?.path ?? null;
	}

	/** Rare (only when names clash with a shared copy), so a walk over the vault's notes is fine here. */
	private ownNamed(copy: TFile, groups: string): TFile | null {
		const name = copy.basename.toLowerCase();
		const own = this.app.vault.getMarkdownFiles().filter((f) => f.basename.toLowerCase() === name && !isGroupPath(f.path, groups));
		return own.sort((a, b) => a.path.length - b.path.length || a.path.localeCompare(b.path))[0] ?? null;
	}
}
