import { linkpathOf } from "../links/link-resolver";
import type { LinkRef, LinkResolver, NoteRecord } from "../schema/note-record";

/** One distinct link text of a note, and the path it resolves to now. */
interface OutLink {
	link: string;
	target: string | null;
	/** Lower-cased file name an unresolved link asks for; worked out only once the link fails to resolve. */
	name?: string;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Which notes link to which, over every note of the vault, kept up to date one record at a time.
 * Unresolved links wait under the file name they ask for. A note that appears re-resolves the links
 * waiting for its name and those resolved to another note of that name (it may be the closer one);
 * a note that goes re-resolves its backlinks.
 */
export class LinkIndex {
	private readonly outgoing = new Map<string, OutLink[]>();
	private readonly incoming = new Map<string, Set<string>>();
	private readonly unresolved = new Map<string, Set<string>>();
	private readonly notesByName = new Map<string, string[]>();

	constructor(private readonly resolver: LinkResolver) {}

	upsert(record: NoteRecord): void {
		const source = record.path;
		const previous = this.outgoing.get(source);
		if (previous) this.detach(source, previous);
		const outs: OutLink[] = [];
		// Most notes have a handful of links: a set to skip repeated ones only pays off for long lists.
		const seen = record.frontmatterLinks.length + record.links.length > 16 ? new Set<string>() : null;
		this.addLinks(source, record.frontmatterLinks, outs, seen);
		this.addLinks(source, record.links, outs, seen);
		this.outgoing.set(source, outs);
		if (!previous) this.appeared(source);
	}

	remove(path: string): void {
		const outs = this.outgoing.get(path);
		if (!outs) return;
		this.detach(path, outs);
		this.outgoing.delete(path);
		const name = nameOf(path);
		const same = (this.notesByName.get(name) ?? []).filter((p) => p !== path);
		if (same.length > 0) this.notesByName.set(name, same);
		else this.notesByName.delete(name);
		const sources = this.incoming.get(path);
		this.incoming.delete(path);
		this.reresolve(sources, (out) => out.target === path);
	}

	/** Paths of the notes that link to `targetPath`, not counting the note itself. */
	backlinks(targetPath: string): ReadonlySet<string> {
		return this.incoming.get(targetPath) ?? NONE;
	}

	/**
	 * What `link`, written in `source`, resolves to as indexed: a path, null when it resolves to nothing,
	 * undefined when the index holds no such link of that note.
	 */
	target(source: string, link: string): string | null | undefined {
		return this.outgoing.get(source)?.find((out) => out.link === link)?.target;
	}

	private addLinks(source: string, refs: readonly LinkRef[], outs: OutLink[], seen: Set<string> | null): void {
		for (const ref of refs) {
			if (seen ? seen.has(ref.link) : outs.some((o) => o.link === ref.link)) continue;
			seen?.add(ref.link);
			const out: OutLink = { link: ref.link, target: this.resolver.resolve(ref.link, source) };
			outs.push(out);
			this.attach(source, out);
		}
	}

	private appeared(path: string): void {
		const name = nameOf(path);
		const same = this.notesByName.get(name);
		if (same) {
			for (const other of same) this.reresolve(this.incoming.get(other), (out) => out.target === other);
			same.push(path);
		} else {
			this.notesByName.set(name, [path]);
		}
		this.reresolve(this.unresolved.get(name), (out) => out.target === null && out.name === name);
	}

	private reresolve(sources: ReadonlySet<string> | undefined, affected: (out: OutLink) => boolean): void {
		if (!sources) return;
		for (const source of [...sources]) {
			const outs = this.outgoing.get(source) ?? [];
			for (const out of outs) {
				if (!affected(out)) continue;
				const target = this.resolver.resolve(out.link, source);
				if (target === out.target) continue;
				if (!outs.some((o) => o !== out && sameSlot(o, out))) this.release(source, out);
				out.target = target;
				this.attach(source, out);
			}
		}
	}

	private detach(source: string, outs: readonly OutLink[]): void {
		for (const out of outs) this.release(source, out);
	}

	private attach(source: string, out: OutLink): void {
		if (out.target === null) addTo(this.unresolved, (out.name ??= nameOf(linkpathOf(out.link))), source);
		// A link into the note itself (`[[#Heading]]`) is no backlink.
		else if (out.target !== source) addTo(this.incoming, out.target, source);
	}

	private release(source: string, out: OutLink): void {
		if (out.target === null) removeFrom(this.unresolved, out.name ?? "", source);
		else removeFrom(this.incoming, out.target, source);
	}
}

/** Two links of one note that are filed at the same place: the same target, or unresolved under the same name. */
function sameSlot(a: OutLink, b: OutLink): boolean {
	return a.target === null ? b.target === null && a.name === b.name : a.target === b.target;
}

/** `Goals/Listen.md`, `goals/listen` and `Listen` all ask for a note named `listen`. */
function nameOf(pathOrLink: string): string {
	const name = pathOrLink.slice(pathOrLink.lastIndexOf("/") + 1).toLowerCase();
	return name.endsWith(".md") ? name.slice(0, -3) : name;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set<string>().add(value));
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(value);
	if (set.size === 0) map.delete(key);
}
