/**
 * A writer's change to an existing note's properties: applied by the plugin inside one `processFrontMatter`
 * call, to the properties as they are in the file at that moment. It sets only what it means to change.
 */
export type FrontmatterChange<T = void> = (frontmatter: Record<string, unknown>) => T;

/** Sets each property to its new value (a list is copied), as a diff of the typed note worked them out. */
export function setProperties(changes: readonly { key: string; to: unknown }[]): FrontmatterChange {
	return (frontmatter) => {
		for (const { key, to } of changes) frontmatter[key] = Array.isArray(to) ? [...(to as readonly unknown[])] : to;
	};
}
