import { describe, expect, it } from "vitest";
import { LinkIndex } from "../../../src/core/index/link-index";
import { PathLinkResolver } from "../../../src/core/links/link-resolver";
import type { LinkRef, NoteRecord } from "../../../src/core/schema/note-record";
import { record } from "../record";

const ref = (link: string, key?: string): LinkRef => ({ link, key, original: `[[${link}]]` });

function note(path: string, body: string[] = [], frontmatter: string[] = []): NoteRecord {
	return record(path, null, { links: body.map((l) => ref(l)), frontmatterLinks: frontmatter.map((l, i) => ref(l, `goals.${i}`)) });
}

/** A resolver and a link index kept in step, as the adapter does: the resolver learns a path before the index sees it. */
function vault(...records: NoteRecord[]): { links: LinkIndex; resolver: PathLinkResolver; add: (r: NoteRecord) => void; remove: (path: string) => void } {
	const resolver = new PathLinkResolver();
	const links = new LinkIndex(resolver);
	const add = (r: NoteRecord): void => {
		resolver.add(r.path);
		links.upsert(r);
	};
	const remove = (path: string): void => {
		resolver.remove(path);
		links.remove(path);
	};
	for (const r of records) add(r);
	return { links, resolver, add, remove };
}

const sorted = (set: ReadonlySet<string>): string[] => [...set].sort();

describe("LinkIndex", () => {
	it("collects backlinks from body and frontmatter links", () => {
		const { links } = vault(note("Goals/Listen.md"), note("Daily/2026-02-01.md", ["Listen"]), note("Reports/R1.md", [], ["Goals/Listen"]));
		expect(sorted(links.backlinks("Goals/Listen.md"))).toEqual(["Daily/2026-02-01.md", "Reports/R1.md"]);
		expect(links.backlinks("Nothing.md").size).toBe(0);
	});

	it("counts a note once however often it links", () => {
		const { links } = vault(note("A.md"), note("B.md", ["A", "A#Plan", "a"], ["A"]));
		expect(sorted(links.backlinks("A.md"))).toEqual(["B.md"]);
	});

	it("counts a note with many links once per target", () => {
		const many = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? "A" : `Missing ${i}`));
		const { links, add } = vault(note("A.md"), note("B.md", many));
		expect(sorted(links.backlinks("A.md"))).toEqual(["B.md"]);
		add(note("B.md", ["C"]));
		expect(links.backlinks("A.md").size).toBe(0);
	});

	it("replaces a note's links on upsert", () => {
		const { links, add } = vault(note("A.md"), note("C.md"), note("B.md", ["A"]));
		add(note("B.md", ["C"]));
		expect(links.backlinks("A.md").size).toBe(0);
		expect(sorted(links.backlinks("C.md"))).toEqual(["B.md"]);
	});

	it("drops a removed note's own links", () => {
		const { links, remove } = vault(note("A.md"), note("B.md", ["A"]));
		remove("B.md");
		expect(links.backlinks("A.md").size).toBe(0);
	});

	it("resolves a link once a note of that name appears, whatever the letter case", () => {
		const { links, add } = vault(note("B.md", ["Goals/listen"]), note("D.md", ["Listen.md"]));
		expect(links.backlinks("Goals/Listen.md").size).toBe(0);
		add(note("Goals/Listen.md"));
		expect(sorted(links.backlinks("Goals/Listen.md"))).toEqual(["B.md", "D.md"]);
	});

	it("keeps waiting for a second link of the same name after the first resolves", () => {
		const { links, add } = vault(note("B.md", ["Goals/A", "Other/A"]));
		add(note("Goals/A.md"));
		add(note("Other/A.md"));
		expect(sorted(links.backlinks("Goals/A.md"))).toEqual(["B.md"]);
		expect(sorted(links.backlinks("Other/A.md"))).toEqual(["B.md"]);
	});

	it("keeps a backlink while another link of the note still points there", () => {
		const { links, add } = vault(note("Far/A.md"), note("Near/B.md", ["A", "Far/A"]));
		add(note("Near/A.md"));
		expect(sorted(links.backlinks("Far/A.md"))).toEqual(["Near/B.md"]);
		expect(sorted(links.backlinks("Near/A.md"))).toEqual(["Near/B.md"]);
	});

	it("makes backlinks unresolved when their target goes, and resolves them again when it comes back", () => {
		const { links, add, remove } = vault(note("A.md"), note("B.md", ["A"]));
		remove("A.md");
		expect(links.backlinks("A.md").size).toBe(0);
		add(note("Elsewhere/A.md"));
		expect(sorted(links.backlinks("Elsewhere/A.md"))).toEqual(["B.md"]);
	});

	it("moves a link to a closer note of the same name when one appears", () => {
		const { links, add } = vault(note("Far/Deep/A.md"), note("Near/B.md", ["A"]));
		expect(sorted(links.backlinks("Far/Deep/A.md"))).toEqual(["Near/B.md"]);
		add(note("Near/A.md"));
		expect(links.backlinks("Far/Deep/A.md").size).toBe(0);
		expect(sorted(links.backlinks("Near/A.md"))).toEqual(["Near/B.md"]);
	});

	it("falls back to another note of the same name when the target is removed", () => {
		const { links, remove } = vault(note("Far/Deep/A.md"), note("Near/A.md"), note("Near/B.md", ["A"]));
		remove("Near/A.md");
		expect(sorted(links.backlinks("Far/Deep/A.md"))).toEqual(["Near/B.md"]);
	});

	it("tells what a note's link resolves to, null when it does not, undefined when it holds no such link", () => {
		const { links, remove } = vault(note("A.md"), note("B.md", ["A", "Missing"]));
		expect(links.target("B.md", "A")).toBe("A.md");
		expect(links.target("B.md", "Missing")).toBeNull();
		expect(links.target("B.md", "C")).toBeUndefined();
		expect(links.target("Unknown.md", "A")).toBeUndefined();
		remove("A.md");
		expect(links.target("B.md", "A")).toBeNull();
	});

	it("ignores a note's links to itself", () => {
		const { links } = vault(note("A.md", ["A", "#Heading"]));
		expect(links.backlinks("A.md").size).toBe(0);
	});

	it("indexes 10,000 notes with their links", () => {
		const records: NoteRecord[] = [];
		for (let i = 0; i < 10_000; i++) records.push(note(`Notes/N${i}.md`, [`N${(i + 1) % 10_000}`, `N${(i * 7) % 10_000}`, "Missing"]));
		const { links } = vault(...records);
		expect(sorted(links.backlinks("Notes/N0.md"))).toEqual(["Notes/N9999.md"]);
		expect(sorted(links.backlinks("Notes/N7.md"))).toEqual(["Notes/N1.md", "Notes/N6.md"]);
	});
});

describe("LinkIndex backlinks of names asked about", () => {
	it("finds links however the name is written: case, .md, heading, alias, spaces, letters beyond ASCII", () => {
		const { links, add } = vault(
			note("Goals/Listen.md"),
			note("Goals/Café.md"),
			note("A.md", ["goals/LISTEN.MD|x"]),
			note("B.md", ["Listen#Plan"]),
			note("C.md", [" Listen  "]),
			note("D.md", ["CAFÉ"]),
			note("E.md", ["Listen more"]),
		);
		links.prepareBacklinks(["Goals/Listen.md", "Goals/Café.md"]);
		expect(sorted(links.backlinks("Goals/Listen.md"))).toEqual(["A.md", "B.md", "C.md"]);
		expect(sorted(links.backlinks("Goals/Café.md"))).toEqual(["D.md"]);
		add(note("F.md", ["café"]));
		add(note("A.md"));
		expect(sorted(links.backlinks("Goals/Café.md"))).toEqual(["D.md", "F.md"]);
		expect(sorted(links.backlinks("Goals/Listen.md"))).toEqual(["B.md", "C.md"]);
	});
});
