/** A body section: heading, a writing prompt kept as an Obsidian comment (hidden when reading), and content. */
export interface Section {
	heading: string;
	level?: 2 | 3;
	prompt?: string;
	content?: string;
}

export function renderSections(sections: readonly Section[]): string {
	return sections
		.map((s) => {
			const lines = [`${"#".repeat(s.level ?? 2)} ${s.heading}`, ""];
			if (s.prompt) lines.push(`%% ${s.prompt} %%`, "");
			if (s.content?.trim()) lines.push(s.content.trim(), "");
			return lines.join("\n");
		})
		.join("\n");
}
