import type { ReportBlock } from "./report-blocks";
import { textBlocks } from "./text-blocks";

/** A note's text as report blocks: its paragraphs and lists, without markdown syntax. */
export function noteTextBlocks(markdown: string): ReportBlock[] {
	return textBlocks(markdown).map((block) => (block.kind === "paragraph" ? { kind: "paragraph", lines: block.lines } : { kind: "list", items: block.items }));
}
