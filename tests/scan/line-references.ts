/** The regexes the offset readers of lines replace, kept as the plainest statement of their answers. */

export const referenceLines = (text: string): [number, number][] => {
	const lines: [number, number][] = [];
	let start = 0;
	for (const match of text.matchAll(/\r\n|\n|\r/g)) {
		lines.push([start, match.index]);
		start = match.index + match[0].length;
	}
	return [...lines, [start, text.length]];
};

export function referenceQuote(line: string): { depth: number; content: string } {
	let depth = 0;
	let rest = line;
	for (;;) {
		const unindented = rest.replace(/^\s+/, "");
		if (unindented.startsWith(">")) {
			depth++;
			rest = unindented.slice(1);
			continue;
		}
		const marker = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/.exec(unindented);
		const afterMarker = marker ? unindented.slice(marker[0].length) : "";
		if (marker && afterMarker.replace(/^\s+/, "").startsWith(">")) {
			rest = afterMarker;
			continue;
		}
		return { depth, content: depth === 0 ? line : rest };
	}
}

export function referenceStartsNewBlock(line: string): boolean {
	const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
	if (indent.replace(/\t/g, "    ").length >= 4) return false;
	const content = line.slice(indent.length);
	return [/^#{1,6}(?:[ \t]|$)/, /^(?:`{3,}|~{3,})/, /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/, /^(?:[-+*]|0*1[.)])[ \t]+\S/].some((block) => block.test(content));
}

export function referenceFenceOf(line: string): string | null {
	return /^(?:`{3,}|~{3,})/.exec(line.replace(/^[ \t]{0,3}/, ""))?.[0] ?? null;
}
