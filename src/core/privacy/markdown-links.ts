import { destinationCandidates } from "./link-destination";
import type { IsPrivateTarget, LinkHit } from "./link-hit";

/**
 * Inline links and images to private notes: `[text](Target.md)`, `[text](<Target name.md>)`,
 * `![alt](Target.md "title")`. Found from each `](`, so link text with brackets or an image inside is no
 * obstacle; without its opening `[` the `](…)` part alone is replaced.
 */
export function findPrivateMarkdownLinks(text: string, isPrivateTarget: IsPrivateTarget): LinkHit[] {
	const hits: LinkHit[] = [];
	let from = 0;
	for (;;) {
		const close = text.indexOf("](", from);
		if (close === -1) return hits;
		const end = destinationEnd(text, close + 2);
		if (end === -1 || !destinationCandidates(text.slice(close + 2, end - 1)).some(isPrivateTarget)) {
			from = close + 2;
			continue;
		}
		const open = openingBracket(text, close);
		const isEmbed = open !== null && text[open - 1] === "!";
		hits.push({ start: open === null ? close : isEmbed ? open - 1 : open, end, kind: isEmbed ? "embed" : "link" });
		from = end;
	}
}

/** The offset just after the `)` that closes a destination starting at `from`, or -1 when the line ends first. */
function destinationEnd(text: string, from: number): number {
	let depth = 0;
	let i = from;
	while (i < text.length && (text[i] === " " || text[i] === "\t")) i++;
	if (text[i] === "<") {
		const close = text.indexOf(">", i);
		const lineEnd = firstLineEnd(text, i);
		if (close !== -1 && close < lineEnd) i = close + 1;
	}
	for (; i < text.length; i++) {
		const char = text[i];
		if (char === "\n" || char === "\r") return -1;
		if (char === "(") depth++;
		else if (char === ")") {
			if (depth === 0) return i + 1;
			depth--;
		}
	}
	return -1;
}

/** The `[` that opens the link text closed at `close`, searching back within the paragraph; null if there is none. */
function openingBracket(text: string, close: number): number | null {
	let depth = 0;
	let lineHasText = true;
	for (let i = close - 1; i >= 0; i--) {
		const char = text[i];
		if (char === "\n" || char === "\r") {
			if (char === "\n" && text[i - 1] === "\r") i--;
			if (!lineHasText) return null;
			lineHasText = false;
			continue;
		}
		if (char !== " " && char !== "\t") lineHasText = true;
		if (char === "]") depth++;
		else if (char === "[") {
			if (depth === 0) return i;
			depth--;
		}
	}
	return null;
}

function firstLineEnd(text: string, from: number): number {
	for (let i = from; i < text.length; i++) if (text[i] === "\n" || text[i] === "\r") return i;
	return text.length;
}
