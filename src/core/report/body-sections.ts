/** A heading of a note body with the text under it. */
export interface BodySection {
	heading: string;
	level: number;
	/** Up to the next heading of any level. */
	own: string;
	/** Up to the next heading of the same or a higher level: its subsections included. */
	content: string;
}

const HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The headed sections of a body, in order. Text before the first heading belongs to none; `#` inside code is no heading. */
export function bodySections(body: string): BodySection[] {
	const lines = body.replace(/\r\n?/g, "\n").split("\n");
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
		const match = HEADING.exec(line);
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

/** Compares headings as people type them: case, surrounding spaces and a trailing colon do not matter. */
export function sameHeading(a: string, b: string): boolean {
	const norm = (text: string): string => text.trim().replace(/\s*:$/, "").replace(/\s+/g, " ").toLocaleLowerCase();
	return norm(a) === norm(b);
}
