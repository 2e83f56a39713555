import type * as Obs from "../../node_modules/obsidian/obsidian";
import { linkpathOf } from "../../src/core/links/link-resolver";
import { TAbstractFile, TFile, TFolder } from "./files";
import { getFrontMatterInfo } from "./frontmatter";
import { rewriteLinks } from "./link-rewrite";
import type { LinkEdit } from "./link-rewrite";
import { cachedMetadataOf } from "./metadata-cache";
import type { MetadataCache } from "./metadata-cache";
import { joinPath, parentPath, splitExtension } from "./paths";
import { reportError } from "./sinks";
import type { Vault } from "./vault";
import { parseYaml, stringifyYaml } from "./yaml";

/** Where new notes go: Obsidian's "Default location for new notes". */
export type NewFileLocation = { mode: "root" } | { mode: "current" } | { mode: "folder"; folder: string };

export class FileManager implements Obs.FileManager {
	/** Harness only: the "Default location for new notes" setting. */
	newFileLocation: NewFileLocation = { mode: "root" };

	constructor(private readonly vault: Vault, private readonly metadataCache: MetadataCache) {}

	getNewFileParent(sourcePath: string, newFilePath?: string): TFolder {
		void newFilePath;
		const location = this.newFileLocation;
		const wanted = location.mode === "current" ? parentPath(sourcePath) : location.mode === "folder" ? location.folder : "/";
		return this.vault.getFolderByPath(wanted) ?? this.vault.getRoot();
	}

	/**
	 * Like Obsidian: parses the YAML (malformed → throws, file untouched), lets `fn` change the object,
	 * then writes the whole block again with `stringifyYaml` (comments and quoting are lost). The body
	 * stays byte for byte. A note without a block gets one when `fn` added a key.
	 */
	async processFrontMatter(file: Obs.TFile, fn: (frontmatter: Record<string, unknown>) => void, options?: Obs.DataWriteOptions): Promise<void> {
		await this.vault.process(file, (text) => {
			const info = getFrontMatterInfo(text);
			const parsed = info.exists ? parseYaml(info.frontmatter) : {};
			const data = parsed ?? {};
			if (typeof data !== "object" || Array.isArray(data)) {
				throw new Error(`The frontmatter of ${file.path} is not a list of properties`);
			}
			const returned: unknown = fn(data as Record<string, unknown>);
			if (returned instanceof Promise) {
				reportError(new Error("processFrontMatter: the callback returned a promise; changes made after it awaits are lost"));
			}
			const yaml = Object.keys(data).length === 0 ? "" : stringifyYaml(data);
			if (info.exists) return text.slice(0, info.from) + yaml + text.slice(info.to);
			return yaml === "" ? text : `---\n${yaml}---\n${text}`;
		}, options);
	}

	/** Renames, then updates every link to the moved file(s) in other notes, like "Automatically update internal links". */
	async renameFile(file: Obs.TAbstractFile, newPath: string): Promise<void> {
		const own = this.vault.getAbstractFileByPath(file.path);
		if (!own) throw new Error(`ENOENT: no such file or directory '${file.path}'`);
		const moved = new Set(filesIn(own).map((f) => f.path));
		const pending = this.linksTo(moved, filesIn(own));
		await this.vault.rename(own, newPath);
		for (const [source, refs] of pending) {
			const edits: LinkEdit[] = refs.map(({ ref, target }) => ({
				ref,
				linkpathFor: (keepMd) => this.metadataCache.fileToLinktext(target, source.path, !keepMd),
			}));
			await this.vault.process(source, (text) => rewriteLinks(text, edits));
		}
	}

	/** Every link, by note, that resolves to one of `paths` now (before they move). */
	private linksTo(paths: Set<string>, targets: TFile[]): Map<TFile, { ref: LinkEdit["ref"]; target: TFile }[]> {
		const names = targets.flatMap((t) => [t.basename.toLowerCase(), encodeURI(t.basename).toLowerCase()]);
		const found = new Map<TFile, { ref: LinkEdit["ref"]; target: TFile }[]>();
		for (const source of this.vault.getMarkdownFiles()) {
			const text = this.vault.adapter.readSync(source.path);
			const lower = text.toLowerCase();
			if (!names.some((name) => lower.includes(name))) continue;
			const cache = cachedMetadataOf(text);
			const refs = [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])];
			for (const ref of refs) {
				if (linkpathOf(ref.link) === "") continue;
				const target = this.metadataCache.getFirstLinkpathDest(ref.link, source.path);
				if (!target || !paths.has(target.path)) continue;
				found.set(source, [...(found.get(source) ?? []), { ref, target }]);
			}
		}
		return found;
	}

	async promptForDeletion(file: Obs.TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	async trashFile(file: Obs.TAbstractFile): Promise<void> {
		await this.vault.trash(file, true);
	}

	generateMarkdownLink(file: Obs.TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath, true);
		return `[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}

	async getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
		void sourcePath;
		const { basename, extension } = splitExtension(filename);
		const dot = extension ? `.${extension}` : "";
		let candidate = joinPath("/", filename);
		for (let n = 1; this.vault.getAbstractFileByPathInsensitive(candidate); n++) candidate = `${basename} ${n}${dot}`;
		return candidate;
	}
}

function filesIn(file: TAbstractFile): TFile[] {
	if (file instanceof TFile) return [file];
	if (file instanceof TFolder) return file.children.flatMap(filesIn);
	return [];
}
