/** 1 for the title; a group report moves every member's report one level down. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/**
 * The report as a list of plain blocks, built once and written out as markdown or as HTML, so both show
 * the same. Every string is plain text; only `chart.svg` is markup, built and escaped by the chart builder.
 */
export type ReportBlock =
	| { kind: "heading"; level: HeadingLevel; text: string }
	| { kind: "paragraph"; lines: string[]; note?: boolean }
	| { kind: "list"; items: string[] }
	| { kind: "facts"; rows: { label: string; value: string }[] }
	| { kind: "table"; head: string[]; rows: string[][] }
	| { kind: "chart"; svg: string };

export function heading(level: HeadingLevel, text: string): ReportBlock {
	return { kind: "heading", level, text };
}

/** A remark about the report itself ("no ratings yet"), shown quieter than note text. */
export function remark(text: string): ReportBlock {
	return { kind: "paragraph", lines: [text], note: true };
}

/** Facts whose value is missing are left out. */
export function facts(rows: readonly { label: string; value: string | null }[]): ReportBlock[] {
	const shown = rows.filter((row): row is { label: string; value: string } => row.value !== null && row.value !== "");
	return shown.length ? [{ kind: "facts", rows: shown }] : [];
}
