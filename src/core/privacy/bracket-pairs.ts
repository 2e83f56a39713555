/**
 * Matching pairs of one kind of bracket, found in one pass: for each closing bracket the offset of the
 * opening one it closes, and the other way round (-1 where there is none). Nesting counts; an unmatched
 * closing bracket matches nothing. Pairs never cross a line break (`scope: "line"`) or a blank line
 * (`scope: "paragraph"`).
 */
export function bracketPairs(text: string, open: string, close: string, scope: "line" | "paragraph"): Int32Array {
	const partner = new Int32Array(text.length).fill(-1);
	const stack: number[] = [];
	let lineHasText = false;
	for (let i = 0; i < text.length; i++) {
		const char = text[i];
		if (char === "\n" || char === "\r") {
			if (char === "\r" && text[i + 1] === "\n") i++;
			if (scope === "line" || !lineHasText) stack.length = 0;
			lineHasText = false;
			continue;
		}
		if (char !== " " && char !== "\t") lineHasText = true;
		if (char === open) stack.push(i);
		else if (char === close && stack.length > 0) {
			const opening = stack.pop() ?? -1;
			partner[i] = opening;
			partner[opening] = i;
		}
	}
	return partner;
}
