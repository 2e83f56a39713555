/** Lower case, accents dropped, every run of other characters a single dash; letters of any script are kept. */
export function slug(text: string): string {
	return text
		.normalize("NFKD")
		.replace(/\p{M}+/gu, "")
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-|-$/g, "");
}

/** One slug per text, unique among them: a repeat gets `-2`, `-3` …, an empty one `<fallback>-<position>`. */
export function uniqueSlugs(texts: readonly string[], fallback: string): string[] {
	const taken = new Set<string>();
	return texts.map((text, i) => {
		const base = slug(text) || `${fallback}-${i + 1}`;
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	});
}
