import { describe, expect, it } from "vitest";
import { makeShareable } from "../../../src/core/privacy/make-shareable";
import { isPrivateTestTarget, share } from "./shareable";

interface CorpusNote {
	name: string;
	body: string;
	frontmatter?: Record<string, unknown>;
}

/**
 * Small notes with the word SECRET only inside private markers and PUBLIC words only outside them. Bodies are
 * written with `\n`; each is also tried with CRLF and lone CR endings, and with the callout type in upper and lower case.
 */
const CORPUS: CorpusNote[] = [
	{ name: "callout at the start", body: "> [!private]\n> SECRET\n\nPUBLIC" },
	{ name: "callout at the end, no final line ending", body: "PUBLIC\n\n> [!private]\n> SECRET" },
	{ name: "callout at the end, final line ending", body: "PUBLIC\n> [!private]\n> SECRET\n" },
	{ name: "callout that is the whole body", body: "> [!private]\n> SECRET", frontmatter: { title: "PUBLIC" } },
	{ name: "secret in the callout title", body: "> [!private] SECRET title\n\nPUBLIC" },
	{ name: "foldable, collapsed", body: "> [!private]- SECRET\n> SECRET\n\nPUBLIC" },
	{ name: "foldable, open", body: "PUBLIC\n\n> [!private]+\n> SECRET" },
	{ name: "mixed case type", body: "> [!PrIvAtE]-\n> SECRET\n\nPUBLIC" },
	{ name: "Dutch type", body: "> [!Privé]\n> SECRET\n\nPUBLIC" },
	{ name: "no space after >", body: ">[!private]\n>SECRET\n\nPUBLIC" },
	{ name: "tabs after >", body: ">\t[!private]\n>\tSECRET\n\nPUBLIC" },
	{ name: "spaces inside the brackets", body: "> [! private ]\n> SECRET\n\nPUBLIC" },
	{ name: "callout metadata", body: "> [!private|wide]\n> SECRET\n\nPUBLIC" },
	{ name: "lazy continuation line", body: "> [!private]\n> first\nSECRET lazily continued\nSECRET again\n\nPUBLIC" },
	{ name: "paragraphs inside the callout", body: "> [!private]\n> a\n>\n> SECRET\n\nPUBLIC" },
	{ name: "empty quote lines before the secret", body: "> [!private]\n>\n>\n> SECRET\n\nPUBLIC" },
	{ name: "two private callouts", body: "> [!private]\n> SECRET\n\nPUBLIC\n\n> [!private]\n> SECRET" },
	{ name: "private header after a quoted line", body: "> PUBLIC\n> [!private]\n> SECRET" },
	{ name: "nested in a public callout", body: "> [!note] PUBLIC1\n> PUBLIC2\n> > [!private]\n> > SECRET\n>\n> PUBLIC3" },
	{ name: "nested with >> and no spaces", body: "> [!note] PUBLIC1\n>> [!private]\n>> SECRET\n>\n> PUBLIC2" },
	{ name: "three levels deep", body: "> [!note]\n> > [!tip] PUBLIC1\n> > > [!private]\n> > > SECRET\n> >\n> > PUBLIC2" },
	{ name: "public callout inside a private one", body: "> [!private]\n> > [!note] SECRET\n> > SECRET\n\nPUBLIC" },
	{ name: "in a list item, indented", body: "- PUBLIC1\n  > [!private]-\n  > SECRET\n\n- PUBLIC2" },
	{ name: "on the list marker line", body: "- > [!private]\n  > SECRET\n\nPUBLIC" },
	{ name: "in a nested list", body: "- PUBLIC1\n  - PUBLIC2\n    > [!private]\n    > SECRET\n\n- PUBLIC3" },
	{ name: "in a numbered list", body: "1. PUBLIC1\n   > [!private]\n   > SECRET\n\n2. PUBLIC2" },
	{ name: "in a list inside a callout", body: "> [!note] PUBLIC\n> - item\n>   > [!private]\n>   > SECRET" },
	{ name: "quote on a list marker inside a callout", body: "> [!note] PUBLIC\n> - > [!private]\n>   > SECRET" },
	{ name: "in a code fence", body: "```\n> [!private]\n> SECRET\n```\n\nPUBLIC" },
	{ name: "comment inline", body: "PUBLIC1 %% SECRET %% PUBLIC2" },
	{ name: "comment at the start", body: "%% SECRET %%\nPUBLIC" },
	{ name: "comment unclosed at the end", body: "PUBLIC\n%% SECRET\nSECRET" },
	{ name: "comment over lines", body: "PUBLIC1\n%%\nSECRET\nSECRET\n%%\nPUBLIC2" },
	{ name: "comments in list items", body: "- PUBLIC1 %% SECRET %%\n  - %% SECRET\n  SECRET %% PUBLIC2" },
	{ name: "comment in a callout", body: "> [!note] PUBLIC1\n> %% SECRET %% PUBLIC2" },
	{ name: "comment in a code span", body: "PUBLIC `%% SECRET %%`" },
	{ name: "comment in a code fence", body: "```\n%%\nSECRET\n%%\n```\nPUBLIC" },
	{ name: "comment hiding a line break of a private callout", body: "> [!private] %%\nc %% SECRET\n\nPUBLIC" },
	{ name: "comment closing after a blank line in a private callout", body: "> [!private]\n> a %%\n\n%% SECRET\n\nPUBLIC" },
	{ name: "HTML comment", body: "PUBLIC <!-- SECRET -->" },
	{ name: "HTML comment unclosed", body: "PUBLIC\n<!--\nSECRET" },
	{ name: "wikilink", body: "PUBLIC with [[SECRET]]" },
	{ name: "wikilink alias naming the person", body: "PUBLIC [[Private note|SECRET]]" },
	{ name: "wikilink heading and alias", body: "PUBLIC [[SECRET#Heading|SECRET alias]]" },
	{ name: "wikilink in a table", body: "| who | PUBLIC |\n| --- | --- |\n| [[SECRET\\|SECRET]] | x |" },
	{ name: "wikilink in a list in a callout", body: "> [!note]\n> - PUBLIC [[SECRET]]" },
	{ name: "embed", body: "PUBLIC\n![[SECRET]]" },
	{ name: "embed with a size", body: "![[SECRET|300]] PUBLIC" },
	{ name: "embed of a heading", body: "![[SECRET#part]]\nPUBLIC" },
	{ name: "markdown link", body: "PUBLIC [SECRET](SECRET.md)" },
	{ name: "markdown link in angle brackets", body: "PUBLIC [SECRET](<SECRET name.md>)" },
	{ name: "markdown link, encoded", body: "PUBLIC [x](SECRET%20name.md)" },
	{ name: "markdown image", body: "PUBLIC ![SECRET](SECRET.md)" },
	{ name: "reference link", body: "PUBLIC [SECRET][s]\n\n[s]: SECRET.md" },
	{ name: "link in a property", body: "PUBLIC1", frontmatter: { with: "[[SECRET]]", goals: ["[[SECRET|SECRET]]", "PUBLIC2"] } },
	{ name: "link inside a longer property", body: "PUBLIC1", frontmatter: { note: "met [[Private|SECRET]] PUBLIC2", nested: { who: "[[SECRET]]" } } },
];

const ENDINGS = [
	["LF", "\n"],
	["CRLF", "\r\n"],
	["CR", "\r"],
] as const;

const CASINGS = [
	["as written", (type: string) => type],
	["upper case", (type: string) => type.toUpperCase()],
	["lower case", (type: string) => type.toLowerCase()],
] as const;

const variants = CORPUS.flatMap((note) =>
	ENDINGS.flatMap(([endingName, ending]) =>
		CASINGS.map(([casingName, casing]) => ({
			name: `${note.name} (${endingName}, ${casingName})`,
			ending,
			frontmatter: note.frontmatter ?? null,
			body: note.body.replace(/\[!([^\]|]*)/g, (_, type: string) => `[!${casing(type)}`).replace(/\n/g, ending),
		})),
	),
);

function publicWords(text: string): string[] {
	return text.match(/PUBLIC\d*/g) ?? [];
}

describe("the privacy corpus", () => {
	it("has at least forty notes", () => {
		expect(CORPUS.length).toBeGreaterThanOrEqual(40);
		for (const note of CORPUS) {
			expect(JSON.stringify(note)).toContain("SECRET");
			expect(publicWords(JSON.stringify(note)).length).toBeGreaterThan(0);
		}
	});

	it.each(variants)("$name", ({ body, frontmatter, ending }) => {
		const result = share(body, frontmatter);
		const output = `${JSON.stringify(result.frontmatter)}\n${result.body}`;
		expect(output).not.toContain("SECRET");
		for (const word of publicWords(`${JSON.stringify(frontmatter)}\n${body}`)) expect(output).toContain(word);
		expect(result.omitted.length).toBeGreaterThan(0);
		if (ending === "\r\n") expect(result.body).not.toMatch(/(^|[^\r])\n/);
		if (ending === "\r") expect(result.body).not.toContain("\n");
	});

	it.each([{ private: true }, { private: "yes" }, { Private: "Ja" }, { PRIVATE: "TRUE" }, { private: "maybe" }, { privé: null }])(
		"keeps the whole note to itself for %j",
		(frontmatter) => {
			const result = makeShareable({ frontmatter, body: "SECRET", isPrivateTarget: isPrivateTestTarget, privateLabel: "private note" });
			expect(result).toEqual({ kind: "private-note" });
		},
	);
});
