import { atxHeading } from "../markdown/atx-heading";

/** A heading of a note body with the text under it. */
export interface BodySection {
	heading: string;
	level: number;
	/** Up to the next heading of any level. */
	own: string;
	/** Up to the next heading of the same or a higher level: its subsections included. */
	content: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The headed sections of a body, in order. Text before the first heading belongs to none; `#` inside code is no heading. */
export function bodySections(body: string): BodySection[] {
	const text = body.replace(/\r\n?/g, "\n");
	const lines = text.split("\n");
	const headings: { index: number; level: number; text: string }[] = [];
	let fence: string | null = null;
	lines.forEach((line, index) => {
		const fenceMatch = FENCE.exec(line)?.[1];
		if (fence !== null) {
			if (fenceMatch?.startsWith(fence)) fence = null;
			return;
		}
		if (fenceMatch) {
			fence = fenceMatch;
			return;
		}
		const heading = atxHeading(line, { indent: 3, bare: false, closing: "spaced" });
		if (heading) headings.push({ index, level: heading.level, text: heading.text.trim() });
	});
	const ends = sectionEnds(headings, lines.length);
	// Where each line starts in `text`, so a run of lines is one substring rather than a joined copy of its lines.
	const starts = [0];
	for (const line of lines) starts.push((starts[starts.length - 1] ?? 0) + line.length + 1);
	const linesFrom = (from: number, to: number): string => (from >= to ? "" : text.slice(starts[from], (starts[to] ?? 0) - 1));
	return headings.map((h, i) => {
		const next = headings[i + 1];
		return {
			heading: h.text,
			level: h.level,
			own: linesFrom(h.index + 1, next ? next.index : lines.length).trim(),
			content: linesFrom(h.index + 1, ends[i] ?? lines.length).trim(),
		};
	});
}

/** For each heading, the line of the next heading of the same or a higher level (or `end`): one pass with a stack of open sections. */
function sectionEnds(headings: readonly { index: number; level: number }[], end: number): number[] {
	const ends = headings.map(() => end);
	const open: number[] = [];
	headings.forEach((heading, i) => {
		while (open.length > 0 && (headings[open[open.length - 1] ?? 0]?.level ?? 0) >= heading.level) ends[open.pop() ?? 0] = heading.index;
		open.push(i);
	});
	return ends;
}

/** Compares headings as people type them: case, surrounding spaces and a trailing colon do not matter. */
export function sameHeading(a: string, b: string): boolean {
	const norm = (text: string): string => withoutTrailingColon(text.trim()).replace(/\s+/g, " ").toLocaleLowerCase();
	return norm(a) === norm(b);
}

/** What `/\s*:$/` removes, without retrying from every space of a long run. */
function withoutTrailingColon(text: string): string {
	return text.endsWith(":") ? text.slice(0, -1).trimEnd() : text;
}
