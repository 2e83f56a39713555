import { expandedSize } from "./expanded-size";

/** The longest properties block that is read, in characters; a longer one counts as unreadable. */
export const MAX_PROPERTIES_LENGTH = 256 * 1024;

/**
 * How many values (scalars, lists and mappings, a shared one counted each time it is used) a note's properties
 * may hold before they count as unreadable. YAML aliases can make a few hundred bytes stand for billions of
 * values; every walk and every serialisation of properties would pay for each of them.
 */
export const MAX_PROPERTY_VALUES = 100_000;

/** Whether parsed properties stay within the bound; counted in time that follows the parsed text, not what it expands to. */
export function propertiesWithinBound(frontmatter: unknown): boolean {
	return expandedSize(frontmatter, MAX_PROPERTY_VALUES) <= MAX_PROPERTY_VALUES;
}
