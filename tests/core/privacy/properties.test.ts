import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeShareable, type Shareable } from "../../../src/core/privacy/make-shareable";
import { isPrivateTestTarget, share } from "./shareable";

/**
 * A piece of a note. `P@` and `S@` become unique words PUBLIC<n>X and SECRET<n>X. `opensRun`: a private
 * callout, after which every line up to a blank one may be hidden as a lazy continuation; `blank` ends that.
 */
interface Fragment {
	lines: string[];
	opensRun?: boolean;
	blank?: boolean;
	/** Its lines contain no private marker at all, so they must come through byte for byte. */
	verbatim?: boolean;
	/** An unclosed comment hides the rest of the note. */
	last?: boolean;
}

const verbatim = (...lines: string[]): Fragment => ({ lines, verbatim: true });

const calloutType = fc.constantFrom("private", "PRIVATE", "Private", "privé", "PRIVÉ", " private ");
const fold = fc.constantFrom("", "-", "+");
const quote = fc.constantFrom("> ", ">", ">\t", " > ", "  > ");

const privateCallout: fc.Arbitrary<Fragment> = fc
	.tuple(quote, calloutType, fold, fc.constantFrom("", " S@", " Title S@"), fc.subarray(["S@", "", "S@ more", "- S@ item", "> S@ deeper"], { minLength: 1 }))
	.map(([q, type, f, title, body]) => ({ lines: [`${q}[!${type}]${f}${title}`, ...body.map((line) => `${q}${line}`.trimEnd())], opensRun: true }));

const fragment: fc.Arbitrary<Fragment> = fc.oneof(
	{ arbitrary: fc.constantFrom(verbatim("Text P@"), verbatim("- item P@"), verbatim("  - nested P@"), verbatim("1. P@"), verbatim("# Heading P@")), weight: 4 },
	{ arbitrary: fc.constantFrom(verbatim("> [!note] P@", "> body P@"), verbatim("> quoted P@"), verbatim("```", "code P@", "```"), verbatim("See [[Piet P@]] and [x](Public%20P@.md)")), weight: 3 },
	{ arbitrary: fc.constantFrom<Fragment>({ lines: [""], blank: true }, { lines: ["   "], blank: true }), weight: 4 },
	{ arbitrary: privateCallout, weight: 4 },
	{
		arbitrary: fc.constantFrom<Fragment>(
			{ lines: ["- P@", "  > [!private]", "  > S@"], opensRun: true },
			{ lines: ["- > [!Private]-", "  > S@"], opensRun: true },
			{ lines: ["> [!private]", "> > [!note] S@", "> > S@"], opensRun: true },
		),
		weight: 2,
	},
	{ arbitrary: fc.constantFrom<Fragment>({ lines: ["> [!note] P@", "> > [!private]", "> > S@", ">", "> P@"] }, { lines: ["> [!note] P@", "> - item P@", ">   > [!PRIVATE]", ">   > S@", ">", "> P@"] }), weight: 2 },
	{
		arbitrary: fc.constantFrom<Fragment>(
			{ lines: ["P@ %% S@ %% P@"] },
			{ lines: ["%%", "S@", "%%"] },
			{ lines: ["```", "P@ %% S@ %%", "```"] },
			{ lines: ["P@ <!-- S@ -->"] },
			{ lines: ["> [!note] P@", "> %% S@ %%"] },
		),
		weight: 3,
	},
	{
		arbitrary: fc.constantFrom<Fragment>(
			{ lines: ["P@ [[Private S@|S@]] P@"] },
			{ lines: ["![[S@ note]] P@"] },
			{ lines: ["P@ [x S@](<S@ name.md>)"] },
			{ lines: ["- P@ ![[S@|300]]"] },
		),
		weight: 2,
	},
);

const unclosedComment: Fragment = { lines: ["P@ %% S@", "S@"], last: true };

/** One kind of line ending, or LF and CRLF mixed; a lone CR only on its own, as a CR before an LF would join them. */
const endings = fc.oneof(fc.constantFrom(["\n"], ["\r\n"], ["\r"]), fc.array(fc.constantFrom("\n", "\r\n"), { minLength: 1, maxLength: 5 }));

interface GeneratedNote {
	body: string;
	secrets: string[];
	survivors: string[];
	verbatimLines: string[];
}

const note: fc.Arbitrary<GeneratedNote> = fc
	.tuple(fc.array(fragment, { maxLength: 14 }), fc.boolean(), endings)
	.map(([fragments, endsUnclosed, eols]) => build(endsUnclosed ? [...fragments, unclosedComment] : fragments, eols));

function build(fragments: Fragment[], eols: readonly string[]): GeneratedNote {
	let n = 0;
	const number = (line: string): string => line.replace(/P@/g, () => `PUBLIC${++n}X`).replace(/S@/g, () => `SECRET${++n}X`);
	const lines: string[] = [];
	const secrets: string[] = [];
	const survivors: string[] = [];
	const verbatimLines: string[] = [];
	let inRun = false;
	for (const part of fragments) {
		const numbered = part.lines.map(number);
		lines.push(...numbered);
		const words = numbered.join("\n");
		secrets.push(...(words.match(/SECRET\d+X/g) ?? []));
		if (!inRun) {
			const publicWords = (part.last ? (numbered[0] ?? "").split("%%")[0] ?? "" : words).match(/PUBLIC\d+X/g) ?? [];
			const beforeHeader = part.opensRun ? numbered.slice(0, numbered.findIndex((line) => /\[!/.test(line))).join("\n") : words;
			survivors.push(...publicWords.filter((word) => beforeHeader.includes(word)));
			if (part.verbatim) verbatimLines.push(...numbered);
		}
		if (part.blank) inRun = false;
		if (part.opensRun) inRun = true;
	}
	const body = lines.map((line, i) => (i === lines.length - 1 ? line : line + (eols[i % eols.length] ?? "\n"))).join("");
	return { body, secrets, survivors, verbatimLines };
}

/** A body with a `#private` tag in it makes the whole note private, which leaks nothing either. */
function shareAny(body: string, frontmatter: Record<string, unknown> | null = null): Shareable {
	return makeShareable({ frontmatter, body, isPrivateTarget: isPrivateTestTarget, privateLabel: "private note" });
}

function outputOf(result: Shareable): string {
	return result.kind === "shareable" ? `${JSON.stringify(result.frontmatter)}\n${result.body}` : "";
}

/** Text that stresses the syntax: markers, brackets and line endings in any order. */
const markdownish = fc
	.array(
		fc.constantFrom("%%", "%", ">", "> ", "[", "]", "[[", "]]", "![[", "](", "(", ")", "<", "!", "[!private]", "[!note]", "-", "- ", "Private", "Piet", "x", " ", "\t", "\n", "\r\n", "\r", "<!--", "-->", ".md", "#", "|", "```", ":", "%20"),
		{ maxLength: 40 },
	)
	.map((tokens) => tokens.join(""));

const PROPERTY_RUNS = { numRuns: 400 };

describe("makeShareable properties", () => {
	it("lets no secret through and keeps every public line that no private callout swallows", () => {
		fc.assert(
			fc.property(note, ({ body, secrets, survivors, verbatimLines }) => {
				const result = share(body);
				const output = result.body;
				for (const secret of secrets) expect(output).not.toContain(secret);
				for (const word of survivors) expect(output).toContain(word);
				const outputLines = output.split(/\r\n|\n|\r/);
				for (const line of verbatimLines) expect(outputLines).toContain(line);
			}),
			PROPERTY_RUNS,
		);
	});

	it("keeps a note without private parts byte for byte", () => {
		const publicOnly = fc.tuple(fc.array(fragment.filter((part) => part.verbatim === true || part.blank === true), { maxLength: 12 }), endings).map(([parts, eols]) => build(parts, eols).body);
		fc.assert(
			fc.property(publicOnly, (body) => {
				expect(share(body)).toEqual({ kind: "shareable", frontmatter: {}, body, omitted: [] });
			}),
			PROPERTY_RUNS,
		);
	});

	it("is idempotent: its output shares as itself", () => {
		const frontmatter = fc.dictionary(fc.constantFrom("goals", "with", "note", "private", "Privé"), fc.oneof(markdownish, fc.array(markdownish, { maxLength: 3 }), fc.constantFrom(false, "no")), { maxKeys: 4 });
		fc.assert(
			fc.property(fc.oneof(note.map((n) => n.body), markdownish), frontmatter, (body, fm) => {
				const once = makeShareable({ frontmatter: fm, body, isPrivateTarget: isPrivateTestTarget, privateLabel: "private note" });
				if (once.kind !== "shareable") return;
				const twice = makeShareable({ frontmatter: once.frontmatter, body: once.body, isPrivateTarget: isPrivateTestTarget, privateLabel: "private note" });
				expect(twice).toEqual({ ...once, omitted: [] });
			}),
			{ numRuns: 1000 },
		);
	});

	it("never throws, whatever the note, the link check or the label", () => {
		const predicate = fc.oneof(
			fc.constant(isPrivateTestTarget),
			fc.constant(() => true),
			fc.constant((): boolean => {
				throw new Error("cache not ready");
			}),
			fc.nat().map((seed) => (target: string) => (target.length + seed) % 2 === 0),
		);
		const anyFrontmatter = fc.oneof(fc.constant(null), fc.dictionary(fc.string(), fc.anything()));
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 200 }), markdownish, note.map((n) => n.body)), anyFrontmatter, predicate, fc.string(), (body, frontmatter, isPrivateTarget, privateLabel) => {
				const result = makeShareable({ frontmatter, body, isPrivateTarget, privateLabel });
				expect(["private-note", "shareable"]).toContain(result.kind);
				if (result.kind === "shareable") for (const part of result.omitted) expect(part.excerpt.length).toBeLessThanOrEqual(120);
			}),
			PROPERTY_RUNS,
		);
	}, 30_000);

	it("never lets a comment's words through, wherever the comment sits", () => {
		fc.assert(
			fc.property(markdownish, markdownish, markdownish, (before, inside, after) => {
				const body = `${before.replace(/%|<!--/g, "")}%% SECRET1X ${inside.replace(/%/g, "")} %%${after}`;
				expect(outputOf(shareAny(body))).not.toContain("SECRET1X");
			}),
			PROPERTY_RUNS,
		);
	});
});
