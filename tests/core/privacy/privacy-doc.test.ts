import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isPrivateNote } from "../../../src/core/privacy/private-note";
import { makeShareable } from "../../../src/core/privacy/make-shareable";
import { NotePrefixes, privateTargetRule } from "../../../src/core/privacy/private-target";
import { PathLinkResolver } from "../../../src/core/links/link-resolver";

const DOC = readFileSync(join(__dirname, "../../../docs/privacy.md"), "utf8");
const PRIVATE_NOTES = new Set(["Jan.md", "Gesprek met Jan.md"]);
const NOTES = [...PRIVATE_NOTES, "Goals.md"];
const resolver = new PathLinkResolver(NOTES);
const prefixes = new NotePrefixes(NOTES);
/** As every exit judges a link: by the note it leads to, or where it leads nowhere, by the name it starts with. */
const isPrivateTarget = privateTargetRule({ resolve: (t) => resolver.resolve(t, "Note.md"), isPrivatePath: (p) => PRIVATE_NOTES.has(p), namedAtStartOf: (t) => prefixes.namedAtStartOf(t) });

function markdownBlocks(text: string): string[] {
	return [...text.matchAll(/```markdown\n([\s\S]*?)```/g)].map((match) => match[1] ?? "");
}

/** The doc does not show spaces left at the end of a line. */
function withoutTrailingSpaces(text: string): string {
	return text.replace(/[ \t]+$/gm, "");
}

describe("the examples in docs/privacy.md", () => {
	const examples = markdownBlocks(DOC.slice(DOC.indexOf("## Examples")));

	it("come in pairs: a note and its shareable version", () => {
		expect(examples.length).toBeGreaterThanOrEqual(8);
		expect(examples.length % 2).toBe(0);
	});

	for (let i = 0; i + 1 < examples.length; i += 2) {
		const [note = "", shared = ""] = [examples[i], examples[i + 1]];
		it(`shares example ${i / 2 + 1} as shown`, () => {
			const result = makeShareable({ frontmatter: null, body: note, isPrivateTarget, privateLabel: "private note" });
			expect(result.kind === "shareable" && withoutTrailingSpaces(result.body)).toBe(shared);
		});
	}

	it("marks the callout example private and keeps its public lines", () => {
		const [callout = ""] = markdownBlocks(DOC.slice(DOC.indexOf("## Part of a note")));
		const result = makeShareable({ frontmatter: null, body: callout, isPrivateTarget: () => false, privateLabel: "private note" });
		expect(result.kind === "shareable" && result.body).toBe("## What I learned\n\nI ask more questions before I give advice.\n\n\nNext time I will ask first.\n");
	});

	it("has a properties example that makes a note private", () => {
		const yaml = /```yaml\n---\n([\s\S]*?)---\n```/.exec(DOC)?.[1] ?? "";
		const frontmatter = Object.fromEntries(yaml.trim().split("\n").map((line) => line.split(": ") as [string, string]));
		expect(frontmatter.private).toBe("true");
		expect(isPrivateNote(frontmatter)).toBe(true);
	});
});
