// The goal statement reader as it was first written, over an object per line: the plainest statement of its answers.
import { atxHeading } from "../../../src/core/markdown/atx-heading";
import { bodyOf } from "../../../src/core/markdown/properties-block";
import { withoutComments } from "../../../src/core/markdown/without-comments";

/** Headings of the behaviour section in our goal templates, compared lowercase without a trailing colon. */
const BEHAVIOUR_HEADINGS: readonly string[] = ["wat ik ga doen", "what i will do"];
/**
 * The template's answers to "where and when?" and "how will I know?" belong to the statement too: the goal
 * modal coaches on all three, so a goal it created gets the same advice from `intervisie check`.
 */
const CONTEXT_HEADINGS: readonly (readonly string[])[] = [
	["waar en wanneer", "where and when"],
	["hoe ik merk dat het lukt", "how i will know"],
];

type LineKind = "blank" | "heading" | "code" | "callout" | "task" | "item" | "text";

interface Line {
	kind: LineKind;
	/** Heading level 1–6; 0 for other lines. */
	level: number;
	/** The line's words without markdown markers (heading hashes, list bullets, checkboxes, quote signs). */
	text: string;
}

/** The statement a goal's coaching reads from a note body: the text of its behaviour section, or the first paragraph of a hand-written goal. */
export function referenceGoalStatement(body: string): string {
	const lines = classifyLines(withoutComments(bodyOf(body).replace(/\r\n?/g, "\n")));
	const section = sectionUnder(lines, BEHAVIOUR_HEADINGS);
	// A template's section that is still empty says nothing yet; its intro text is not the goal.
	if (section === null) return firstParagraph(lines);
	const statement = joinContent(section);
	if (statement === "") return "";
	const context = CONTEXT_HEADINGS.map((headings) => joinContent(sectionUnder(lines, headings) ?? [])).filter((text) => text !== "");
	return [statement, ...context].join("\n");
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const CALLOUT_START = /^ {0,3}>[ \t]*\[!/;
const QUOTE_MARKERS = /^(?:[ \t]*>)+[ \t]?/;
const TASK = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\](?:[ \t]+|$)/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])(?:[ \t]+|$)/;

const BLANK: Line = { kind: "blank", level: 0, text: "" };

function classifyLines(text: string): Line[] {
	const lines: Line[] = [];
	let fence: string | null = null;
	let inCallout = false;
	for (const raw of text.split("\n")) {
		const fenceMatch = FENCE.exec(raw);
		if (fence !== null) {
			if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
			lines.push({ kind: "code", level: 0, text: "" });
			continue;
		}
		if (fenceMatch?.[1]) {
			fence = fenceMatch[1];
			lines.push({ kind: "code", level: 0, text: "" });
			continue;
		}
		inCallout = inCallout ? /^[ \t]*>/.test(raw) : CALLOUT_START.test(raw);
		if (inCallout) {
			lines.push({ kind: "callout", level: 0, text: "" });
			continue;
		}
		const previous = lines[lines.length - 1];
		const underline = SETEXT_UNDERLINE.exec(raw);
		if (underline?.[1] && previous?.kind === "text") {
			lines[lines.length - 1] = { kind: "heading", level: underline[1].startsWith("=") ? 1 : 2, text: previous.text };
			lines.push(BLANK);
			continue;
		}
		lines.push(classifyLine(raw));
	}
	return lines;
}

function classifyLine(raw: string): Line {
	if (raw.trim() === "") return BLANK;
	const heading = atxHeading(raw, { indent: 3, bare: true, closing: "spaced" });
	if (heading) return { kind: "heading", level: heading.level, text: tidy(heading.text) };
	const line = raw.replace(QUOTE_MARKERS, "");
	if (TASK.test(line)) return { kind: "task", level: 0, text: tidy(line.replace(TASK, "")) };
	if (LIST_ITEM.test(line)) return { kind: "item", level: 0, text: tidy(line.replace(LIST_ITEM, "")) };
	return { kind: "text", level: 0, text: tidy(line) };
}

function tidy(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}

function sectionUnder(lines: readonly Line[], headings: readonly string[]): Line[] | null {
	const start = lines.findIndex((line) => line.kind === "heading" && headings.includes(line.text.toLowerCase().replace(/\s*:$/, "")));
	const heading = lines[start];
	if (!heading) return null;
	const section: Line[] = [];
	for (const line of lines.slice(start + 1)) {
		if (line.kind === "heading" && line.level <= heading.level) break;
		section.push(line);
	}
	return section;
}

function firstParagraph(lines: readonly Line[]): string {
	let paragraph: Line[] = [];
	for (const line of [...lines, BLANK]) {
		if (isParagraphLine(line)) {
			paragraph.push(line);
			continue;
		}
		const statement = joinContent(paragraph);
		if (statement !== "") return statement;
		paragraph = [];
	}
	return "";
}

function isParagraphLine(line: Line): boolean {
	return line.kind === "text" || line.kind === "item";
}

/**
 * Joins the wording of lines: a wrapped paragraph's lines (and a list item's continuation) with spaces,
 * separate list items and paragraphs with new lines. Lines without any letter or digit are placeholders and are left out.
 */
function joinContent(lines: readonly Line[]): string {
	const units: string[] = [];
	let current: string[] = [];
	const close = (): void => {
		if (current.length > 0) units.push(current.join(" "));
		current = [];
	};
	for (const line of lines) {
		const hasContent = /[\p{L}\p{N}]/u.test(line.text);
		const isContentKind = line.kind === "text" || line.kind === "item" || line.kind === "task";
		if (!isContentKind) {
			close();
			continue;
		}
		if (!hasContent) continue;
		if (line.kind !== "text") close();
		current.push(line.text);
	}
	close();
	return units.join("\n");
}
