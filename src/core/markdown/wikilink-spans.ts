/**
 * Where `[[…]]` links stand in `text`, as `/\[\[([^\]\n]+)\]\]/g` finds them, in one pass: the text between
 * the brackets holds no `]` and no line break, so a link ends at the first `]` after its `[[`, or never.
 * The regex itself retries every `[[` of a line to its end, which takes minutes on a long line of `[`.
 */
export function wikilinkSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	// The first `]` or line break at or after `stop`'s search start; it only moves forward.
	let stop = -1;
	for (let start = text.indexOf("[["); start !== -1; ) {
		if (stop < start + 2) stop = stopAfter(text, start + 2);
		if (stop > start + 2 && text.startsWith("]]", stop)) {
			spans.push([start, stop + 2]);
			start = text.indexOf("[[", stop + 2);
		} else {
			start = text.indexOf("[[", start + 1);
		}
	}
	return spans;
}

function stopAfter(text: string, from: number): number {
	for (let i = from; i < text.length; i++) {
		const c = text[i];
		if (c === "]" || c === "\n") return i;
	}
	return text.length;
}
