/** The longest properties block that is read, in characters; a longer one counts as unreadable. */
export const MAX_PROPERTIES_LENGTH = 256 * 1024;

/**
 * How many values (scalars, list items, object entries, counted along every path) a note's properties may hold
 * before they count as unreadable. YAML aliases can make a few hundred bytes stand for billions of values; every
 * walk and every serialisation of properties would pay for each of them.
 */
export const MAX_PROPERTY_VALUES = 10_000;

/**
 * Whether the properties stay within the bound, counted with a budget, so an alias bomb is found after
 * MAX_PROPERTY_VALUES steps rather than after walking all it expands to.
 */
export function propertiesWithinBound(frontmatter: unknown, limit: number = MAX_PROPERTY_VALUES): boolean {
	let budget = limit;
	const stack: unknown[] = [frontmatter];
	while (stack.length > 0) {
		const value = stack.pop();
		if (--budget < 0) return false;
		if (Array.isArray(value)) {
			for (const item of value as unknown[]) stack.push(item);
		} else if (value !== null && typeof value === "object") {
			for (const item of Object.values(value as Record<string, unknown>)) stack.push(item);
		}
		if (stack.length > budget) return false;
	}
	return true;
}
