const SENTENCE_END = new Set([".", "!", "?", ";"]);
const WHITE_SPACE = /\s/;

/**
 * Text cut where `text.split(/[.!?;]+(?=\s|$)|:\s|\n/)` cuts it: after a run of sentence marks followed by white
 * space or the end, a colon followed by white space, or a line break. The regex retries a run of marks from
 * each of its marks, which is quadratic on a long run of dots; here a run is read once.
 */
export function clauseTexts(text: string): string[] {
	const pieces: string[] = [];
	let last = 0;
	for (let at = 0; at < text.length; ) {
		const c = text.charAt(at);
		let end = -1;
		if (SENTENCE_END.has(c)) {
			let run = at;
			while (run < text.length && SENTENCE_END.has(text.charAt(run))) run++;
			if (run < text.length && !WHITE_SPACE.test(text.charAt(run))) {
				at = run;
				continue;
			}
			end = run;
		} else if (c === ":" && WHITE_SPACE.test(text.charAt(at + 1))) {
			end = at + 2;
		} else if (c === "\n") {
			end = at + 1;
		}
		if (end === -1) {
			at++;
			continue;
		}
		pieces.push(text.slice(last, at));
		last = end;
		at = end;
	}
	pieces.push(text.slice(last));
	return pieces;
}
