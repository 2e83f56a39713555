import { expandedSize } from "./expanded-size";

/** The longest properties block that is read, in characters; a longer one counts as unreadable. */
export const MAX_PROPERTIES_LENGTH = 256 * 1024;

/**
 * How many values (scalars, lists and mappings, a shared one counted each time it is used) a note's properties
 * may hold before they count as unreadable. YAML aliases can make a few hundred bytes stand for billions of
 * values; every walk and every serialisation of properties would pay for each of them.
 */
export const MAX_PROPERTY_VALUES = 100_000;

/** Properties found within the bound: asked again (each exit asks), the answer is not counted twice. */
const WITHIN = new WeakSet<object>();

/**
 * Whether parsed properties stay within the bound; counted in time that follows the parsed text, not what it
 * expands to. `text`, the YAML they were parsed from when it is at hand, often answers without counting.
 */
export function propertiesWithinBound(frontmatter: unknown, text?: string): boolean {
	if (typeof frontmatter !== "object" || frontmatter === null) return true;
	if (WITHIN.has(frontmatter)) return true;
	const within = (text !== undefined && holdsFewValues(text)) || expandedSize(frontmatter, MAX_PROPERTY_VALUES) <= MAX_PROPERTY_VALUES;
	if (within) WITHIN.add(frontmatter);
	return within;
}

/**
 * Without an alias (`*`) nothing is repeated, and YAML needs at least one character for every two values (`-`
 * is a list and its empty item): a short text without one cannot reach the bound.
 */
function holdsFewValues(text: string): boolean {
	return 2 * text.length + 2 <= MAX_PROPERTY_VALUES && !text.includes("*");
}
