export type Language = "nl" | "en";

/** Maps an Obsidian language code (`nl`, `en`, `en-GB`, `zh-TW` …) to one we have texts for. */
export function toLanguage(code: string | null | undefined): Language {
	return typeof code === "string" && code.toLowerCase().startsWith("nl") ? "nl" : "en";
}
