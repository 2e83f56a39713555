import type { App } from "obsidian";
import type { LinkResolver } from "../core/schema/note-record";

/** Resolves links the way Obsidian itself does, through its metadata cache. */
export class ObsidianLinkResolver implements LinkResolver {
	constructor(private readonly app: App) {}

	resolve(link: string, fromPath: string): string | null {
		const target = link.split("|")[0]?.split("#")[0]?.trim() ?? "";
		if (target === "") return null;
		return this.app.metadataCache.getFirstLinkpathDest(target, fromPath)?.path ?? null;
	}
}
