/** Opening and closing lines of fenced code blocks (``` or ~~~, three or more), inside lists and quotes too. */
export interface Fence {
	char: string;
	length: number;
}

export function openingFence(line: string): Fence | null {
	const at = markerStart(line);
	const char = line.charAt(at);
	if (char !== "`" && char !== "~") return null;
	let end = at;
	while (line[end] === char) end++;
	if (end - at < 3) return null;
	const info = line.slice(end);
	// A line break inside the line (\r, U+2028, U+2029) keeps it from being a fence, as `.` in a regex never matches one.
	if (LINE_TERMINATOR.test(info) || (char === "`" && info.includes("`"))) return null;
	return { char, length: end - at };
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

export function closesFence(line: string, fence: Fence): boolean {
	const at = markerStart(line);
	if (line[at] !== fence.char) return false;
	const marker = /^(`{3,}|~{3,})[ \t]*$/.exec(line.slice(at))?.[1] ?? "";
	return marker.charAt(0) === fence.char && marker.length >= fence.length;
}

/** Skips indentation and blockquote markers, so fences in lists and callouts count too. */
function markerStart(line: string): number {
	let at = 0;
	while (line[at] === " " || line[at] === "\t" || line[at] === ">") at++;
	return at;
}

/**
 * The run of three or more `` ` `` or `~` that opens the line `[start, end)` after at most three spaces or tabs,
 * as `/^[ \t]{0,3}(`{3,}|~{3,})/` reads it, or null: the plain reading of a fence line, info string or not.
 */
export function fenceRunAt(text: string, start: number, end: number): string | null {
	let at = start;
	while (at < end && at - start < 3 && (text[at] === " " || text[at] === "\t")) at++;
	const char = text[at];
	if (at >= end || (char !== "`" && char !== "~")) return null;
	let runEnd = at;
	while (runEnd < end && text[runEnd] === char) runEnd++;
	return runEnd - at >= 3 ? text.slice(at, runEnd) : null;
}
