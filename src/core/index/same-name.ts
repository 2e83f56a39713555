/** Names as people type them: letter case and outer spaces do not matter. */
export function sameName(a: string, b: string): boolean {
	return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}
