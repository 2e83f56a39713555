/** How many other notes a problem names before it only counts the rest: 2,000 copies must not make 2,000 × 2,000 names. */
const NAMED = 3;

/**
 * `a, b, c and 12 more`: the names of the group's members other than the i-th, the first few of them, and how
 * many others there are. Linear in what it shows, whatever the size of the group.
 */
export function othersNamed<T>(group: readonly T[], i: number, name: (item: T) => string): string {
	const shown: string[] = [];
	for (let j = 0; j < group.length && shown.length < NAMED; j++) if (j !== i) shown.push(name(group[j] as T));
	const rest = group.length - 1 - shown.length;
	return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}
