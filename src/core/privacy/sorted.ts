/**
 * The items in order: a copy sorted by `compare`, or the list itself when it is in order already, which is
 * how the scanners mostly hand them over. Checking costs one pass; sorting hundreds of thousands of parts of a
 * hostile note would cost more than finding them.
 */
export function sorted<T>(items: readonly T[], compare: (a: T, b: T) => number): readonly T[] {
	for (let i = 1; i < items.length; i++) {
		if (compare(items[i - 1] as T, items[i] as T) > 0) return [...items].sort(compare);
	}
	return items;
}
