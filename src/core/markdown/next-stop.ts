/**
 * `(from) => the first index at or after from where isStop holds` (the text's length when none does),
 * remembering its last answer: asked with `from` that never goes back, it reads each character once.
 * A regex that looks for a closer from every opener reads the rest of the line each time instead.
 */
export function nextStop(text: string, isStop: (at: number) => boolean): (from: number) => number {
	let askedFrom = Infinity;
	let answer = -1;
	return (from) => {
		if (from >= askedFrom && from <= answer) return answer;
		let at = from;
		while (at < text.length && !isStop(at)) at++;
		askedFrom = from;
		answer = at;
		return at;
	};
}
