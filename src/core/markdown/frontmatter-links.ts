import { wholeWikilink } from "./wikilink";

export interface FrontmatterLink {
	key: string;
	link: string;
	original: string;
	displayText: string;
}

/** Links in property values: `name` for a text value, `name.0`, `name.1` for list items. */
export function frontmatterLinksOf(frontmatter: Record<string, unknown> | null): FrontmatterLink[] {
	const found: FrontmatterLink[] = [];
	if (!frontmatter) return found;
	const add = (key: string, value: unknown): void => {
		const link = typeof value === "string" ? wholeWikilink(value) : null;
		if (link) found.push({ key, link: link.link, original: link.original, displayText: link.displayText });
	};
	for (const [key, value] of Object.entries(frontmatter)) {
		if (Array.isArray(value)) value.forEach((item, index) => add(`${key}.${index}`, item));
		else add(key, value);
	}
	return found;
}
