/** How often each member had a role so far, and after whom the turn goes on. */
export interface Tally {
	counts: Map<string, number>;
}

export function emptyTally(members: readonly string[]): Tally {
	return { counts: new Map(members.map((m) => [m, 0])) };
}

export function countIn(tally: Tally, name: string): void {
	const count = tally.counts.get(name);
	if (count !== undefined) tally.counts.set(name, count + 1);
}

/**
 * The fair next member: the fewest turns so far, ties going to the first in member order after `after`
 * (from the first member when `after` is null or not a member). No one in `exclude` gets the turn.
 */
export function nextInTurn(members: readonly string[], tally: Tally, after: string | null, exclude: string | readonly string[] | null = null): string | null {
	const excluded: readonly string[] = exclude === null ? [] : typeof exclude === "string" ? [exclude] : exclude;
	const from = after === null ? 0 : members.indexOf(after) + 1;
	let best: string | null = null;
	let bestCount = Infinity;
	for (let step = 0; step < members.length; step++) {
		const name = members[(from + step) % members.length];
		if (name === undefined || excluded.includes(name)) continue;
		const count = tally.counts.get(name) ?? 0;
		if (count < bestCount) {
			best = name;
			bestCount = count;
		}
	}
	return best;
}
