/**
 * The first offset at or after `from` that starts `search` (the text's length when none), remembered per
 * search: asked with growing `from`, the whole text is read at most once per search string.
 */
export function nextOf(text: string): (search: string, from: number) => number {
	const found = new Map<string, number>();
	return (search, from) => {
		const last = found.get(search);
		if (last !== undefined && last >= from) return last;
		const at = text.indexOf(search, from);
		const result = at === -1 ? text.length : at;
		found.set(search, result);
		return result;
	};
}
