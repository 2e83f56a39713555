import { wholeWikilink } from "../markdown/wikilink";
import type { LinkResolver } from "../schema/note-record";

/** The note a frontmatter value links to: `"[[Goals/A#Plan|x]]"` gives `Goals/A`; "" when it is not one wikilink. */
export function linkTarget(original: string): string {
	const link = wholeWikilink(original);
	return link ? linkpathOf(link.link) : "";
}

/**
 * The path part of a link, as Obsidian's `getLinkpath`: without `#heading`, `#^block` or `|alias`.
 * An alias needs something before its `|`; Obsidian reads `[[|x]]` as a link to "|x".
 */
export function linkpathOf(link: string): string {
	const pipe = link.indexOf("|");
	const path = pipe > 0 ? link.slice(0, pipe) : link;
	const hash = path.indexOf("#");
	return (hash === -1 ? path : path.slice(0, hash)).trim();
}

/**
 * Resolves links like Obsidian's `getFirstLinkpathDest`: the source note itself for `#heading`, a path
 * relative to the source for `./` and `../`, an exact vault path (with or without `.md`), and otherwise
 * any note whose path ends with the link, case-insensitive; of several, the one next to the source
 * wins, then the shortest path. Indexed by file name, so each call looks only at same-named files; each
 * answer is kept until a path comes or goes.
 */
export class PathLinkResolver implements LinkResolver {
	private readonly paths: Set<string>;
	/**
	 * Paths by their lower-case file name (one path, or several in the order they came), built on the first link
	 * that is not an exact path: a check that resolves few links pays for few.
	 */
	private byLowerName: Map<string, string | string[]> | null = null;
	/** Answers by the source's folder and the link, which are all an answer depends on; forgotten when a path comes or goes. */
	private readonly answers = new Map<string, string | null>();

	constructor(paths: readonly string[] = []) {
		this.paths = new Set(paths);
	}

	add(path: string): void {
		if (this.paths.has(path)) return;
		this.paths.add(path);
		this.answers.clear();
		if (this.byLowerName) index(this.byLowerName, path);
	}

	remove(path: string): void {
		if (!this.paths.delete(path)) return;
		this.answers.clear();
		if (this.byLowerName) pull(this.byLowerName, path);
	}

	rename(oldPath: string, newPath: string): void {
		this.remove(oldPath);
		this.add(newPath);
	}

	resolve(link: string, fromPath: string): string | null {
		const linkpath = linkpathOf(link);
		if (linkpath === "") return this.paths.has(fromPath) ? fromPath : null;
		const folder = folderOf(fromPath);
		const key = `${folder}\u0000${link}`;
		const known = this.answers.get(key);
		if (known !== undefined) return known;
		const answer = this.answer(linkpath, folder);
		this.answers.set(key, answer);
		return answer;
	}

	private answer(linkpath: string, folder: string): string | null {
		if (/^\.\.?(\/|$)/.test(linkpath)) return this.exact(joinPath(folder, linkpath));
		const vaultPath = linkpath.replace(/^\/+/, "");
		return this.exact(vaultPath) ?? this.byName(vaultPath, folder);
	}

	private exact(path: string | null): string | null {
		if (path === null) return null;
		for (const candidate of [path, `${path}.md`]) {
			if (this.paths.has(candidate)) return candidate;
		}
		for (const candidate of [path, `${path}.md`]) {
			const lower = candidate.toLowerCase();
			// The first path that came with this lower-case spelling, as Obsidian finds it.
			for (const found of this.sameName(fileName(lower))) {
				if (found.toLowerCase() === lower) return found;
			}
		}
		return null;
	}

	private byName(linkpath: string, folder: string): string | null {
		const lower = linkpath.toLowerCase();
		const lowerFolder = folder.toLowerCase();
		const nextToSource = joinPath(lowerFolder, lower);
		let best: string | null = null;
		let bestRank = Infinity;
		for (const suffix of [lower, `${lower}.md`]) {
			for (const path of this.sameName(fileName(suffix))) {
				const lowerPath = path.toLowerCase();
				if (lowerPath !== suffix && !lowerPath.endsWith(`/${suffix}`)) continue;
				const rank = rankOf(lowerPath, lowerFolder, nextToSource);
				if (rank < bestRank || (rank === bestRank && best !== null && path < best)) {
					best = path;
					bestRank = rank;
				}
			}
		}
		return best;
	}

	/** The paths whose file name is `lowerName` in lower case, in the order they came. */
	private sameName(lowerName: string): readonly string[] {
		if (!this.byLowerName) {
			const byLowerName = new Map<string, string | string[]>();
			for (const path of this.paths) index(byLowerName, path);
			this.byLowerName = byLowerName;
		}
		const found = this.byLowerName.get(lowerName);
		return found === undefined ? [] : typeof found === "string" ? [found] : found;
	}
}

function index(byLowerName: Map<string, string | string[]>, path: string): void {
	const key = fileName(path).toLowerCase();
	const known = byLowerName.get(key);
	if (known === undefined) byLowerName.set(key, path);
	else if (typeof known === "string") byLowerName.set(key, [known, path]);
	else known.push(path);
}

/** Lower is better: the note at the link's path from the source folder, then one in that folder, then the shortest. */
function rankOf(lowerPath: string, lowerFolder: string, nextToSource: string | null): number {
	if (nextToSource !== null && (lowerPath === nextToSource || lowerPath === `${nextToSource}.md`)) return 0;
	if (folderOf(lowerPath) === lowerFolder) return 1;
	return 2 + lowerPath.length;
}

function pull(byLowerName: Map<string, string | string[]>, path: string): void {
	const key = fileName(path).toLowerCase();
	const known = byLowerName.get(key);
	const left = known === path ? [] : Array.isArray(known) ? known.filter((p) => p !== path) : null;
	if (left === null) return;
	if (left.length === 0) byLowerName.delete(key);
	else byLowerName.set(key, left);
}

function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}

/** Joins a relative link to a folder, resolving `.` and `..`; null when it climbs out of the vault. */
function joinPath(folder: string, relative: string): string | null {
	const parts = folder === "" ? [] : folder.split("/");
	for (const part of relative.split("/")) {
		if (part === "" || part === ".") continue;
		if (part === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else {
			parts.push(part);
		}
	}
	return parts.join("/");
}
