import { escapeMarkdown } from "./escape";
import type { ReportBlock } from "./report-blocks";

/**
 * Blocks as Obsidian markdown. Note text is escaped, so it reads as the same text and never becomes a
 * link, tag, task, comment or HTML. The chart is an inline `<svg>` block surrounded by blank lines.
 */
export function renderMarkdownBlocks(blocks: readonly ReportBlock[], shift = 0): string {
	return `${blocks.map((block) => markdownBlock(block, shift)).join("\n\n")}\n`;
}

function markdownBlock(block: ReportBlock, shift: number): string {
	switch (block.kind) {
		case "heading":
			return `${"#".repeat(Math.min(6, block.level + shift))} ${escapeMarkdown(block.text)}`;
		case "paragraph": {
			const text = block.lines.map(escapeMarkdown).join("\n");
			return block.note ? `*${text}*` : text;
		}
		case "list":
			return block.items.map((item) => `- ${escapeMarkdown(item)}`).join("\n");
		case "facts":
			return block.rows.map((row) => `- **${escapeMarkdown(row.label)}:** ${escapeMarkdown(row.value)}`).join("\n");
		case "table":
			return [row(block.head), `|${block.head.map(() => " --- ").join("|")}|`, ...block.rows.map(row)].join("\n");
		case "chart":
			return block.svg;
	}
}

function row(cells: readonly string[]): string {
	return `| ${cells.map((cell) => escapeMarkdown(cell)).join(" | ")} |`;
}
