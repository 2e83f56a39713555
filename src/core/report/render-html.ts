import { escapeHtml } from "./escape";
import type { ReportBlock } from "./report-blocks";

/** Blocks as HTML elements; every text is escaped, only the chart's own markup goes in as it is. */
export function renderHtmlBlocks(blocks: readonly ReportBlock[], shift = 0): string {
	return blocks.map((block) => htmlBlock(block, shift)).join("\n");
}

function htmlBlock(block: ReportBlock, shift: number): string {
	switch (block.kind) {
		case "heading": {
			const level = Math.min(6, block.level + shift);
			return `<h${level}>${escapeHtml(block.text)}</h${level}>`;
		}
		case "paragraph":
			return `<p${block.note ? ' class="remark"' : ""}>${block.lines.map(escapeHtml).join("<br>\n")}</p>`;
		case "list":
			return `<ul>\n${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join("\n")}\n</ul>`;
		case "facts":
			return `<dl class="facts">\n${block.rows.map((row) => `<div><dt>${escapeHtml(row.label)}</dt><dd>${escapeHtml(row.value)}</dd></div>`).join("\n")}\n</dl>`;
		case "table": {
			const head = `<thead><tr>${block.head.map((cell) => `<th scope="col">${escapeHtml(cell)}</th>`).join("")}</tr></thead>`;
			// Each cell carries its column's name: a narrow page shows a row as a card of labelled lines.
			const cell = (text: string, i: number) => `<td data-label="${escapeHtml(block.head[i] ?? "")}">${escapeHtml(text)}</td>`;
			const rows = block.rows.map((row) => `<tr>${row.map(cell).join("")}</tr>`).join("\n");
			return `<table>\n${head}\n<tbody>\n${rows}\n</tbody>\n</table>`;
		}
		case "chart":
			return `<figure class="chart">\n${block.svg}\n</figure>`;
	}
}
