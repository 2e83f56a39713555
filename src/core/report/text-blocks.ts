import { atxHeading } from "../markdown/atx-heading";
import { isTaskShaped } from "../markdown/task-line";
import { withoutComments } from "../markdown/without-comments";
import { markdownLinksAsText, replaceWikilinks, withoutEmphasis } from "./inline-markup";

/** Note text as the report shows it: paragraphs of lines and bulleted lists, without markdown syntax. */
export type TextBlock = { kind: "paragraph"; lines: string[] } | { kind: "list"; items: string[] };

const FENCE = /^\s*(`{3,}|~{3,})/;
const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const QUOTE = /^(?:\s*>)+\s?/;
const CALLOUT_TITLE = /^\[![^\]]*\][-+]?\s*/;
const RULE = /^\s*(?:[-*_]\s*){3,}$/;

/**
 * Reads a piece of a note body (a section's content) into plain blocks. Comments are dropped, and so are
 * task lines: actions are listed on their own. Headings, quotes and callouts keep their words.
 */
export function textBlocks(markdown: string): TextBlock[] {
	const blocks: TextBlock[] = [];
	let current: TextBlock | null = null;
	const close = (): void => {
		if (current) blocks.push(current);
		current = null;
	};
	for (const raw of withoutComments(markdown.replace(/\r\n?/g, "\n")).split("\n")) {
		const unquoted = raw.replace(QUOTE, "");
		if (FENCE.test(raw) || RULE.test(raw) || isTaskShaped(unquoted)) {
			close();
			continue;
		}
		let line = unquoted.replace(CALLOUT_TITLE, "");
		const isItem = ITEM.test(line);
		line = plainInline(headingWords(line.replace(ITEM, "")));
		if (line === "") {
			close();
			continue;
		}
		if (isItem) {
			if (current?.kind !== "list") close();
			current ??= { kind: "list", items: [] };
			if (current.kind === "list") current.items.push(line);
		} else {
			if (current?.kind !== "paragraph") close();
			current ??= { kind: "paragraph", lines: [] };
			if (current.kind === "paragraph") current.lines.push(line);
		}
	}
	close();
	return blocks;
}

/** The text without comments and task lines (actions are listed on their own), blank runs folded: what an insight holds. */
export function withoutTasksAndComments(markdown: string): string {
	return withoutComments(markdown.replace(/\r\n?/g, "\n"))
		.split("\n")
		.filter((line) => !isTaskShaped(line.replace(QUOTE, "")))
		.join("\n")
		.replace(/\n{3,}/g, "\n\n")
		.trim();
}

/** A heading's words without its hashes; any other line as it is. */
function headingWords(line: string): string {
	return atxHeading(line, { indent: 3, bare: false, closing: "spaced" })?.text ?? line;
}

/** All words of a text on one line each paragraph or item: for table cells and one-line summaries. */
export function plainText(markdown: string): string {
	return textBlocks(markdown)
		.map((block) => (block.kind === "paragraph" ? block.lines.join(" ") : block.items.join("\n")))
		.join("\n");
}

/** Links become their text; emphasis, highlight and code marks, embeds' `!` and block ids go. */
export function plainInline(text: string): string {
	const links = replaceWikilinks(text, (target, alias) => (alias?.trim() ? alias : target.replace(/#\^?/g, " ")));
	return withoutEmphasis(markdownLinksAsText(links))
		.replace(/`([^`]*)`/g, "$1")
		.replace(/\s\^[\w-]+\s*$/, "")
		// Every run of white space becomes one space; a lone space is left alone, so a line of words is not rebuilt space by space.
		.replace(/\s{2,}|[^\S ]/g, " ")
		.trim();
}
