import { foldName } from "./fold-name";
import type { IsPrivateTarget } from "./link-hit";

/** Link text longer than this is judged by its first characters only: no note name is that long. */
const LONGEST_NAME = 512;

/** What an exit knows of the vault to judge a link target. */
export interface TargetLookup {
	/** The note a link target leads to, as Obsidian resolves it; null when it leads nowhere. */
	resolve(target: string): string | null;
	/** The one decision of whether a note is or might be private. */
	isPrivatePath(path: string): boolean;
	/** Notes whose name or path the target starts with, for a target that leads nowhere. */
	namedAtStartOf(target: string): readonly string[];
}

/**
 * Whether a link target names a private note. A target that leads to a note is judged by that note. One that
 * leads nowhere is on the safe side: when it starts with the name of a private note (`Jan^abc`, `Jan.md#x`,
 * `Jan and more`), it is that note.
 */
export function privateTargetRule(lookup: TargetLookup): IsPrivateTarget {
	return (target) => {
		const path = lookup.resolve(target);
		if (path !== null) return lookup.isPrivatePath(path);
		return lookup.namedAtStartOf(target).some((candidate) => lookup.isPrivatePath(candidate));
	};
}

/** Notes by their folded name and folded path (both without `.md`), to find those a link text starts with. */
export class NotePrefixes {
	private readonly byKey = new Map<string, string[]>();

	constructor(paths: Iterable<string>) {
		for (const path of paths) {
			const withoutExtension = path.toLowerCase().endsWith(".md") ? path.slice(0, -3) : path;
			const name = withoutExtension.slice(withoutExtension.lastIndexOf("/") + 1);
			for (const key of new Set([foldName(name), foldName(withoutExtension)])) {
				if (key === "") continue;
				const list = this.byKey.get(key);
				if (list) list.push(path);
				else this.byKey.set(key, [path]);
			}
		}
	}

	/** Every note whose folded name or path is a prefix of the folded target. */
	namedAtStartOf(target: string): string[] {
		const folded = foldName(target.replace(/^[./]+/, "")).slice(0, LONGEST_NAME);
		const found: string[] = [];
		for (let length = 1; length <= folded.length; length++) {
			const paths = this.byKey.get(folded.slice(0, length));
			if (paths) found.push(...paths);
		}
		return found;
	}
}
