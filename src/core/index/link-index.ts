import { linkpathOf } from "../links/link-resolver";
import type { LinkRef, LinkResolver, NoteRecord } from "../schema/note-record";

/**
 * Which notes link to which, over every note of the vault. Storing a note's links costs almost nothing:
 * the record's own lists are kept, unresolved. The first question about backlinks sorts every link by
 * the file name it asks for (kept up to date from then on), and a link is resolved only when asked about,
 * the answer remembered until a note appears or goes (the only events that can change it). So a cold start
 * of 10,000 notes resolves nothing, and a dashboard resolves only the links it shows.
 */
export class LinkIndex {
	/** Each note's links, as its record lists them. */
	private readonly outgoing = new Map<string, readonly (readonly LinkRef[])[]>();
	/** Notes by the lower-cased file name their links ask for; built on first use. */
	private askingFor: Map<string, Set<string>> | null = null;
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
		if (previous) this.unlist(source, previous);
		else this.forgetAnswers();
		const links = [record.frontmatterLinks, record.links];
		this.outgoing.set(source, links);
		if (this.askingFor) this.list(this.askingFor, source, links);
	}

	remove(path: string): void {
		const previous = this.outgoing.get(path);
		if (!previous) return;
		this.unlist(path, previous);
		this.outgoing.delete(path);
		this.forgetAnswers();
	}

	private forgetAnswers(): void {
		this.answers.clear();
		this.pathChanges++;
	}

	/** The notes with a link that resolves to `targetPath` (not counting the note itself). */
	backlinks(targetPath: string): ReadonlySet<string> {
		const name = fileNameOf(targetPath);
		const found = new Set<string>();
		for (const source of this.byName().get(name) ?? []) {
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

	private byName(): Map<string, Set<string>> {
		if (!this.askingFor) {
			const map = new Map<string, Set<string>>();
			for (const [source, links] of this.outgoing) this.list(map, source, links);
			this.askingFor = map;
		}
		return this.askingFor;
	}

	private list(map: Map<string, Set<string>>, source: string, links: readonly (readonly LinkRef[])[]): void {
		for (const link of distinctLinks(links)) {
			const name = nameAskedFor(link);
			if (name === "") continue;
			let sources = map.get(name);
			if (!sources) map.set(name, (sources = new Set()));
			sources.add(source);
		}
	}

	private unlist(source: string, links: readonly (readonly LinkRef[])[]): void {
		if (!this.askingFor) return;
		for (const link of distinctLinks(links)) {
			const name = nameAskedFor(link);
			const sources = this.askingFor.get(name);
			sources?.delete(source);
			if (sources?.size === 0) this.askingFor.delete(name);
		}
	}
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
