import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bodySections, sameHeading, type BodySection } from "../../../src/core/report/body-sections";
import { dangerousText, ONE_MB, repeated } from "../../scan/dangerous-text";

/** The first version: a heading regex, and for each heading a search of all later ones. */
function referenceBodySections(body: string): BodySection[] {
	const lines = body.replace(/\r\n?/g, "\n").split("\n");
	const headings: { index: number; level: number; text: string }[] = [];
	let fence: string | null = null;
	lines.forEach((line, index) => {
		const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (fence !== null) {
			if (fenceMatch?.startsWith(fence)) fence = null;
			return;
		}
		if (fenceMatch) {
			fence = fenceMatch;
			return;
		}
		const match = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
		if (match?.[1]) headings.push({ index, level: match[1].length, text: (match[2] ?? "").trim() });
	});
	return headings.map((h, i) => {
		const next = headings[i + 1];
		const end = headings.slice(i + 1).find((later) => later.level <= h.level);
		return {
			heading: h.text,
			level: h.level,
			own: lines.slice(h.index + 1, next ? next.index : lines.length).join("\n").trim(),
			content: lines.slice(h.index + 1, end ? end.index : lines.length).join("\n").trim(),
		};
	});
}

const referenceNorm = (text: string): string => text.trim().replace(/\s*:$/, "").replace(/\s+/g, " ").toLocaleLowerCase();

const headingLines = dangerousText(["\n# A", "\n## B", "\n### C", "\n#### D ##", "\n```", "\ntext", "Title:", " :"], 60);

describe("bodySections and sameHeading agree with the first version", () => {
	it("bodySections", () => {
		fc.assert(fc.property(headingLines, (body) => {
			expect(bodySections(body)).toEqual(referenceBodySections(body));
		}), { numRuns: 2000 });
	});

	it("sameHeading", () => {
		fc.assert(fc.property(dangerousText(["Title", ":", " :", "\u00a0"], 12), dangerousText(["Title", ":", " :"], 12), (a, b) => {
			expect(sameHeading(a, b)).toBe(referenceNorm(a) === referenceNorm(b));
		}), { numRuns: 2000 });
	});
});

describe("bodySections finishes on a 1 MB worst case", () => {
	it.each([
		["a line of # headings each", repeated("# a\n")],
		["headings of every level", repeated("# a\n## b\n### c\n#### d\n##### e\n###### f\n")],
		["a heading followed by a run of spaces", repeated(" ", ONE_MB, "# a")],
		["a heading followed by spaced hashes", repeated(" #", ONE_MB, "# a")],
	])("%s", (_, body) => {
		expect(bodySections(body).length).toBeGreaterThan(0);
	});

	it("sameHeading on a heading with a run of spaces", () => {
		expect(sameHeading(repeated(" ", ONE_MB, "a", "b:"), "a b")).toBe(true);
	});
});
