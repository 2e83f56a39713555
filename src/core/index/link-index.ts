import { linkpathOf } from "../links/link-resolver";
import type { LinkRef, LinkResolver, NoteRecord } from "../schema/note-record";

/**
 * Which notes link to which, over every note of the vault. Storing a note's links costs almost nothing:
 * the record's own lists are kept, unresolved. Backlinks are kept only for the file names asked about (my
 * goals): the first question about a name looks through every link once, cheaply, and from then on each
 * change keeps that name's list up to date. A link is resolved only when asked about, the answer remembered
 * until a note appears or goes (the only events that can change it). So a cold start of 100,000 notes
 * resolves nothing, and a dashboard keeps a few names, never a map of every link of the vault.
 */
export class LinkIndex {
	/** Each note's links, as its record lists them. */
	private readonly outgoing = new Map<string, readonly (readonly LinkRef[])[]>();
	/** For each lower-cased file name asked about, the notes with a link that asks for it. */
	private readonly askingFor = new Map<string, Set<string>>();
	private readonly answers = new Map<string, string | null>();
	private pathChanges = 0;

	constructor(private readonly resolver: LinkResolver) {}

	/** Moves whenever a note comes or goes, the only events that change where a link leads. */
	get generation(): number {
		return this.pathChanges;
	}

	upsert(record: NoteRecord): void {
		const source = record.path;
		const previous = this.outgoing.get(source);
		if (previous) this.unlist(source);
		else this.forgetAnswers();
		const links = [record.frontmatterLinks, record.links];
		this.outgoing.set(source, links);
		if (this.askingFor.size > 0) this.list(source, links, this.askingFor);
	}

	remove(path: string): void {
		if (!this.outgoing.has(path)) return;
		this.unlist(path);
		this.outgoing.delete(path);
		this.forgetAnswers();
	}

	/** Whether the note's links are kept: every note read into the index is. */
	has(path: string): boolean {
		return this.outgoing.has(path);
	}

	/** Looks through every link once for all of these notes' names not asked about before. */
	prepareBacklinks(targetPaths: Iterable<string>): void {
		const wanted = new Map<string, Set<string>>();
		for (const path of targetPaths) {
			const name = fileNameOf(path);
			if (!this.askingFor.has(name)) wanted.set(name, new Set());
		}
		if (wanted.size === 0) return;
		for (const [source, links] of this.outgoing) this.list(source, links, wanted);
		for (const [name, sources] of wanted) this.askingFor.set(name, sources);
	}

	/** The notes with a link that resolves to `targetPath` (not counting the note itself). */
	backlinks(targetPath: string): ReadonlySet<string> {
		const name = fileNameOf(targetPath);
		this.prepareBacklinks([targetPath]);
		const found = new Set<string>();
		for (const source of this.askingFor.get(name) ?? []) {
			if (source === targetPath) continue;
			for (const link of distinctLinks(this.outgoing.get(source) ?? [])) {
				if (nameAskedFor(link) === name && this.resolve(source, link) === targetPath) {
					found.add(source);
					break;
				}
			}
		}
		return found;
	}

	/** What a note's link resolves to: null when nothing, undefined when the index holds no such link of that note. */
	target(source: string, link: string): string | null | undefined {
		const lists = this.outgoing.get(source);
		if (!lists?.some((list) => list.some((ref) => ref.link === link))) return undefined;
		return this.resolve(source, link);
	}

	private resolve(source: string, link: string): string | null {
		// Obsidian resolves by the source's folder, except a link to a heading of the note itself.
		const key = `${linkpathOf(link) === "" ? source : folderOf(source)}\u0000${link}`;
		const known = this.answers.get(key);
		if (known !== undefined) return known;
		const answer = this.resolver.resolve(link, source);
		this.answers.set(key, answer);
		return answer;
	}

	/** Adds `source` to the list of each name in `names` that one of its links asks for. */
	private list(source: string, links: readonly (readonly LinkRef[])[], names: Map<string, Set<string>>): void {
		const byLastCode = lastCodes(names);
		for (const list of links) {
			for (const ref of list) {
				const code = lastCodeAskedFor(ref.link);
				if (code !== null && !byLastCode.has(code)) continue;
				names.get(nameAskedFor(ref.link))?.add(source);
			}
		}
	}

	private unlist(source: string): void {
		for (const sources of this.askingFor.values()) sources.delete(source);
	}

	private forgetAnswers(): void {
		this.answers.clear();
		this.pathChanges++;
	}
}

const lastCodeSets = new WeakMap<Map<string, Set<string>>, { size: number; codes: Set<number> }>();

/** The last character codes of the names, lower-case: a link whose name ends otherwise asks for none of them. */
function lastCodes(names: Map<string, Set<string>>): Set<number> {
	const known = lastCodeSets.get(names);
	if (known && known.size === names.size) return known.codes;
	const codes = new Set<number>();
	for (const name of names.keys()) codes.add(name.charCodeAt(name.length - 1));
	lastCodeSets.set(names, { size: names.size, codes });
	return codes;
}

/**
 * The last character of the file name a link asks for, lower-cased, found without building any string:
 * null when it is not plain ASCII (the caller then reads the name in full) or when the name is empty.
 */
function lastCodeAskedFor(link: string): number | null {
	const pipe = link.indexOf("|");
	let end = pipe > 0 ? pipe : link.length;
	const hash = link.indexOf("#");
	if (hash !== -1 && hash < end) end = hash;
	while (end > 0 && link.charCodeAt(end - 1) <= 0x20) end--;
	if (end >= 3 && link.charCodeAt(end - 3) === 0x2e && lower(link.charCodeAt(end - 2)) === 0x6d && lower(link.charCodeAt(end - 1)) === 0x64) return null;
	if (end === 0) return null;
	const code = link.charCodeAt(end - 1);
	return code < 0x80 ? lower(code) : null;
}

function lower(code: number): number {
	return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

function distinctLinks(lists: readonly (readonly LinkRef[])[]): string[] {
	const seen = new Set<string>();
	for (const list of lists) for (const ref of list) seen.add(ref.link);
	return [...seen];
}

/** The lower-cased file name a link asks for, without folders and `.md`: what a note's own name is compared with. */
function nameAskedFor(link: string): string {
	return fileNameOf(linkpathOf(link));
}

function fileNameOf(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
	return name.endsWith(".md") ? name.slice(0, -3) : name;
}

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : path.slice(0, slash);
}
