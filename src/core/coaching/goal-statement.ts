import { atxHeading } from "../markdown/atx-heading";
import { bodyOf } from "../markdown/properties-block";
import { TextBuilder } from "../markdown/text-builder";
import { withoutComments } from "../markdown/without-comments";

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

/** What a line is; a heading's words are read as `text` when it is a setext heading. */
const BLANK = 0;
const HEADING = 1;
const CODE = 2;
const CALLOUT = 3;
const TASK_LINE = 4;
const ITEM = 5;
const TEXT = 6;

/** The statement a goal's coaching reads from a note body: the text of its behaviour section, or the first paragraph of a hand-written goal. */
export function goalStatementFromBody(body: string): string {
	const lines = new GoalLines(withoutComments(bodyOf(body).replace(/\r\n?/g, "\n")));
	const section = lines.sectionUnder(BEHAVIOUR_HEADINGS);
	// A template's section that is still empty says nothing yet; its intro text is not the goal.
	if (section === null) return lines.firstParagraph();
	const statement = lines.joinContent(section.from, section.to);
	if (statement === "") return "";
	const context = CONTEXT_HEADINGS.map((headings) => {
		const under = lines.sectionUnder(headings);
		return under === null ? "" : lines.joinContent(under.from, under.to);
	}).filter((text) => text !== "");
	return [statement, ...context].join("\n");
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const CALLOUT_START = /^ {0,3}>[ \t]*\[!/;
const QUOTE_MARKERS = /^(?:[ \t]*>)+[ \t]?/;
const TASK = /^[ \t]*(?:[-*+]|\d+[.)])[ \t]+\[.\](?:[ \t]+|$)/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d+[.)])(?:[ \t]+|$)/;
const HEADING_RULE = { indent: 3, bare: true, closing: "spaced" } as const;

/**
 * The lines of a goal note, split on `\n`, each classified once into typed arrays; a line's words are read
 * only when a section or paragraph needs them. A note of a hundred thousand lines keeps no object per line.
 */
class GoalLines {
	private readonly starts: Int32Array;
	private readonly kinds: Uint8Array;
	private readonly levels: Uint8Array;
	/** How a line's words are read: its kind, except for a setext heading, whose words are read as text. */
	private readonly readAs: Uint8Array;

	constructor(private readonly text: string) {
		let count = 1;
		for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
		this.starts = new Int32Array(count + 1);
		for (let i = 1, at = text.indexOf("\n"); at !== -1; i++, at = text.indexOf("\n", at + 1)) this.starts[i] = at + 1;
		this.starts[count] = text.length + 1;
		this.kinds = new Uint8Array(count);
		this.levels = new Uint8Array(count);
		this.readAs = new Uint8Array(count);
		this.classify();
	}

	private get count(): number {
		return this.kinds.length;
	}

	private raw(i: number): string {
		return this.text.slice(this.starts[i] ?? 0, (this.starts[i + 1] ?? 0) - 1);
	}

	private set(i: number, kind: number, level = 0): void {
		this.kinds[i] = kind;
		this.readAs[i] = kind;
		this.levels[i] = level;
	}

	private classify(): void {
		let fence: string | null = null;
		let inCallout = false;
		for (let i = 0; i < this.count; i++) {
			const raw = this.raw(i);
			const fenceMatch = FENCE.exec(raw);
			if (fence !== null) {
				if (fenceMatch?.[1]?.startsWith(fence)) fence = null;
				this.set(i, CODE);
				continue;
			}
			if (fenceMatch?.[1]) {
				fence = fenceMatch[1];
				this.set(i, CODE);
				continue;
			}
			inCallout = inCallout ? /^[ \t]*>/.test(raw) : CALLOUT_START.test(raw);
			if (inCallout) {
				this.set(i, CALLOUT);
				continue;
			}
			const underline = SETEXT_UNDERLINE.exec(raw);
			if (underline?.[1] && i > 0 && this.kinds[i - 1] === TEXT) {
				this.kinds[i - 1] = HEADING;
				this.levels[i - 1] = underline[1].startsWith("=") ? 1 : 2;
				this.set(i, BLANK);
				continue;
			}
			this.classifyLine(i, raw);
		}
	}

	private classifyLine(i: number, raw: string): void {
		if (raw.trim() === "") return this.set(i, BLANK);
		const heading = atxHeading(raw, HEADING_RULE);
		if (heading) return this.set(i, HEADING, heading.level);
		const line = raw.replace(QUOTE_MARKERS, "");
		this.set(i, TASK.test(line) ? TASK_LINE : LIST_ITEM.test(line) ? ITEM : TEXT);
	}

	/** The line's words without markdown markers (heading hashes, list bullets, checkboxes, quote signs). */
	private words(i: number): string {
		const how = this.readAs[i];
		if (how === HEADING) return tidy(atxHeading(this.raw(i), HEADING_RULE)?.text ?? "");
		if (how !== TASK_LINE && how !== ITEM && how !== TEXT) return "";
		const line = this.raw(i).replace(QUOTE_MARKERS, "");
		return tidy(how === TASK_LINE ? line.replace(TASK, "") : how === ITEM ? line.replace(LIST_ITEM, "") : line);
	}

	/** The lines under the first heading that reads as one of `headings`, up to the next heading of its level or higher. */
	sectionUnder(headings: readonly string[]): { from: number; to: number } | null {
		let start = -1;
		for (let i = 0; i < this.count && start === -1; i++) {
			if (this.kinds[i] === HEADING && headings.includes(this.words(i).toLowerCase().replace(/\s*:$/, ""))) start = i;
		}
		if (start === -1) return null;
		const level = this.levels[start] ?? 0;
		let to = start + 1;
		while (to < this.count && !(this.kinds[to] === HEADING && (this.levels[to] ?? 0) <= level)) to++;
		return { from: start + 1, to };
	}

	firstParagraph(): string {
		for (let from = 0; from < this.count; ) {
			let to = from;
			while (to < this.count && isParagraphKind(this.kinds[to])) to++;
			const statement = this.joinContent(from, to);
			if (statement !== "") return statement;
			from = to + 1;
		}
		return "";
	}

	/**
	 * Joins the wording of lines `[from, to)`: a wrapped paragraph's lines (and a list item's continuation) with
	 * spaces, separate list items and paragraphs with new lines. Lines without any letter or digit are placeholders
	 * and are left out.
	 */
	joinContent(from: number, to: number): string {
		// Written as it is read, so a section of a hundred thousand lines keeps no string per line.
		const joined = new TextBuilder();
		let empty = true;
		let unitOpen = false;
		for (let i = from; i < to; i++) {
			const kind = this.kinds[i];
			if (kind !== TEXT && kind !== ITEM && kind !== TASK_LINE) {
				unitOpen = false;
				continue;
			}
			const words = this.words(i);
			if (!/[\p{L}\p{N}]/u.test(words)) continue;
			if (kind !== TEXT) unitOpen = false;
			if (!empty) joined.add(unitOpen ? " " : "\n");
			joined.add(words);
			empty = false;
			unitOpen = true;
		}
		return joined.toString();
	}
}

function isParagraphKind(kind: number | undefined): boolean {
	return kind === TEXT || kind === ITEM;
}

function tidy(text: string): string {
	return text.replace(/\s+/g, " ").trim();
}
