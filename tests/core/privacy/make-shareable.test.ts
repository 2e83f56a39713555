import { describe, expect, it } from "vitest";
import { makeShareable } from "../../../src/core/privacy/make-shareable";
import { share } from "./shareable";

describe("makeShareable: the whole note", () => {
	it("answers private-note for private: true", () => {
		expect(makeShareable({ frontmatter: { private: true }, body: "x", isPrivateTarget: () => false, privateLabel: "p" })).toEqual({ kind: "private-note" });
	});

	it("keeps a note without private parts byte for byte", () => {
		const body = "# Report\r\n\r\n> [!note] Open\r\n> text [[Piet]]\r\n\r\n- item\n";
		expect(share(body, { goals: ["[[Goal]]"], private: false })).toEqual({ kind: "shareable", frontmatter: { goals: ["[[Goal]]"] }, body, omitted: [] });
	});
});

describe("makeShareable: the body", () => {
	it("takes out a private callout and says where", () => {
		const result = share("Public\n\n> [!private]- About Jan\n> He was upset.\n\nMore public");
		expect(result.body).toBe("Public\n\n\nMore public");
		expect(result.omitted).toEqual([{ what: "callout", line: 3, excerpt: "> [!private]- About Jan > He was upset." }]);
	});

	it("keeps CRLF line endings", () => {
		expect(share("a\r\n> [!PRIVATE]\r\n> s\r\n\r\nb %% c %%\r\n").body).toBe("a\r\n\r\nb \r\n");
	});

	it("takes out comments, inline and over lines, and an unclosed one to the end", () => {
		const result = share("a %% one %% b\n%%\ntwo\n%%\nc %% open\nrest");
		expect(result.body).toBe("a  b\n\nc ");
		expect(result.omitted.map((o) => [o.what, o.line, o.excerpt])).toEqual([
			["comment", 1, "%% one %%"],
			["comment", 2, "%% two %%"],
			["comment", 5, "%% open rest"],
		]);
	});

	it("replaces links to private notes by the label, aliases included, and drops embeds", () => {
		const result = share("With [[Private Jan|Jan]] and [[Piet]].\n![[Private Jan]]\nSee [notes](<Private notes.md>).");
		expect(result.body).toBe("With private note and [[Piet]].\n\nSee private note.");
		expect(result.omitted).toEqual([
			{ what: "link", line: 1, excerpt: "[[Private Jan|Jan]]" },
			{ what: "embed", line: 2, excerpt: "![[Private Jan]]" },
			{ what: "link", line: 3, excerpt: "[notes](<Private notes.md>)" },
		]);
	});

	it("uses the label it is given", () => {
		const result = makeShareable({ frontmatter: null, body: "[[Jan]]", isPrivateTarget: (t) => t === "Jan", privateLabel: "privénotitie" });
		expect(result.kind === "shareable" && result.body).toBe("privénotitie");
	});

	it("gives the link target without heading or alias, decoded", () => {
		const asked: string[] = [];
		makeShareable({
			frontmatter: null,
			body: "[[A#h|x]] ![[B|300]] [t](C%20c.md#h) [t](<D d.md>)",
			isPrivateTarget: (t) => (asked.push(t), false),
			privateLabel: "p",
		});
		expect(asked).toEqual(["A", "B", "C c.md", "D d.md"]);
	});

	it("counts a link whose note cannot be checked as private", () => {
		const result = makeShareable({
			frontmatter: null,
			body: "[[Jan]]",
			isPrivateTarget: () => {
				throw new Error("no cache");
			},
			privateLabel: "p",
		});
		expect(result.kind === "shareable" && result.body).toBe("p");
	});

	it("keeps at most 60 characters of a part as its excerpt, whitespace folded, emoji whole", () => {
		const [part] = share(`> [!private]\n> ${"🙂 ".repeat(50)}`).omitted;
		expect(Array.from(part?.excerpt ?? "")).toHaveLength(60);
		expect(part?.excerpt.startsWith("> [!private] > 🙂 🙂")).toBe(true);
	});

	it("reports a comment inside a private callout once, as the callout", () => {
		expect(share("> [!private]\n> a %% b %%\n\nc").omitted.map((o) => o.what)).toEqual(["callout"]);
	});

	it("numbers lines of the original body, also after an earlier removal", () => {
		const result = share("%% a\nb\nc %%\nline 4 [[Private]]\n> [!private]\n> x");
		expect(result.body).toBe("\nline 4 private note\n");
		expect(result.omitted.map((o) => [o.what, o.line])).toEqual([
			["comment", 1],
			["link", 4],
			["callout", 5],
		]);
	});

	it("numbers lines of the original body for parts found in a later pass", () => {
		const result = share("one\n%% c %%\nthree a%![[Private]]%SECRET");
		expect(result.body).toBe("one\n\nthree a");
		expect(result.omitted.map((o) => [o.what, o.line, o.excerpt])).toEqual([
			["comment", 2, "%% c %%"],
			["embed", 3, "![[Private]]"],
			["comment", 3, "%%SECRET"],
		]);
	});

	it("does not let a private callout shift how comments pair up", () => {
		// Taking the callout out first would leave `%% SECRET1 … PUBLIC %%` and show SECRET2.
		const body = "%% SECRET1\n> [!private]\n> %%\n\nPUBLIC %% SECRET2 %%";
		const result = share(body).body;
		expect(result).not.toMatch(/SECRET/);
		expect(result).toContain("PUBLIC");
	});

	it("reads a private callout both with and without the comments inside it", () => {
		expect(share("> [!private]\n> SECRET %%\n\n%% SECRET2\n\nPUBLIC").body).toBe("\nPUBLIC");
		expect(share("> [!pri%%x%%vate]\n> SECRET\n\nPUBLIC").body).toBe("\nPUBLIC");
	});

	it("hides what only appears once another part is gone", () => {
		expect(share("a%![[Private]]%SECRET\n\nmore").body).toBe("a");
		expect(share("[![[Private]][Private]]").body).toBe("private note");
	});

	it("keeps a public callout around a private one", () => {
		const body = "> [!note] Session\n> We talked.\n> > [!private]\n> > SECRET\n>\n> Agreed.";
		expect(share(body).body).toBe("> [!note] Session\n> We talked.\n>\n> Agreed.");
	});
});

describe("makeShareable: the frontmatter", () => {
	it("drops the private key and replaces links to private notes in strings and lists", () => {
		const result = share("", {
			private: "no",
			Privé: "nee",
			goals: ["[[Private goal]]", "[[Public goal]]"],
			note: "talked with [[Private Jan|Jan]] today",
			nested: { who: ["[[Private Jan]]"] },
			rating: 3,
			date: "2026-03-01",
		});
		expect(result.frontmatter).toEqual({
			goals: ["[[Public goal]]"],
			note: "talked with private note today",
			nested: { who: ["private note"] },
			rating: 3,
			date: "2026-03-01",
		});
		expect(result.omitted).toEqual([
			{ what: "property", line: 0, excerpt: "goals: [[Private goal]]" },
			{ what: "property", line: 0, excerpt: "note: talked with [[Private Jan|Jan]] today" },
			{ what: "property", line: 0, excerpt: "nested: [[Private Jan]]" },
		]);
	});

	it("keeps unchanged values as they were, and never changes its input", () => {
		const goals = ["[[Public goal]]"];
		const frontmatter = { goals, person: "[[Private Jan]]" };
		const result = share("", frontmatter);
		expect(result.frontmatter.goals).toBe(goals);
		expect(frontmatter.person).toBe("[[Private Jan]]");
	});

	it("keeps a key named __proto__ as a plain key", () => {
		const frontmatter = JSON.parse('{"__proto__": "[[Private]]", "a": 1}') as Record<string, unknown>;
		const result = share("", frontmatter);
		expect(Object.keys(result.frontmatter)).toEqual(["__proto__", "a"]);
		expect(Object.getPrototypeOf(result.frontmatter)).toBe(Object.prototype);
	});
});
