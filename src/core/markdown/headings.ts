import type { Loc, Pos } from "./positions";
import { span } from "./positions";
import { withoutClosingHashes } from "./closing-hashes";

export interface BodyHeading {
	heading: string;
	level: number;
	position: Pos;
}

const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;

/** ATX headings (`## Title`) from `from` on, on lines that `masked` has not blanked; the text is read from `text`. */
export function findHeadings(text: string, masked: string, from: number, locate: (offset: number) => Loc): BodyHeading[] {
	const headings: BodyHeading[] = [];
	for (let start = from; start < text.length; ) {
		const newline = text.indexOf("\n", start);
		const end = newline === -1 ? text.length : newline;
		const first = masked[start];
		const match = first === "#" || (first === " " && masked.slice(start, start + 4).includes("#"))
			? ATX_HEADING.exec(masked.slice(start, end))
			: null;
		if (match) {
			const line = text.slice(start, end).replace(/\r$/, "");
			const heading = withoutClosingHashes(line.slice(match[0].length).trim()).trim();
			headings.push({ heading, level: match[1]?.length ?? 1, position: span(locate, start, start + line.length) });
		}
		start = end + 1;
	}
	return headings;
}
