import type { Language } from "../i18n/language";

/** Group themes that often come up in intervisie, as a start for the `theme` property. */
export const COMMON_THEMES: Readonly<Record<Language, readonly string[]>> = {
	en: [
		"How do I come across",
		"Listening",
		"Asking good questions",
		"Giving feedback",
		"Receiving feedback",
		"Setting boundaries",
		"Saying no",
		"Dealing with resistance",
		"Handling conflict",
		"Difficult conversations",
		"Taking the lead",
		"Letting go of control",
		"Making decisions",
		"Workload and priorities",
		"Asking for help",
		"Working together",
	],
	nl: [
		"Hoe kom ik over",
		"Luisteren",
		"Goede vragen stellen",
		"Feedback geven",
		"Feedback ontvangen",
		"Grenzen stellen",
		"Nee zeggen",
		"Omgaan met weerstand",
		"Omgaan met conflicten",
		"Lastige gesprekken",
		"De leiding nemen",
		"Controle loslaten",
		"Besluiten nemen",
		"Werkdruk en prioriteiten",
		"Om hulp vragen",
		"Samenwerken",
	],
};

/** Themes to suggest: those already used in the vault (most used first), then the common ones; each once. */
export function themeSuggestions(language: Language, used: readonly (string | null)[]): string[] {
	const counts = new Map<string, { theme: string; count: number; first: number }>();
	used.forEach((raw, i) => {
		const theme = raw?.trim() ?? "";
		if (theme === "") return;
		const key = theme.toLocaleLowerCase();
		const seen = counts.get(key);
		if (seen) seen.count++;
		else counts.set(key, { theme, count: 1, first: i });
	});
	const fromVault = [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((t) => t.theme);
	const common = COMMON_THEMES[language].filter((theme) => !counts.has(theme.toLocaleLowerCase()));
	return [...fromVault, ...common];
}
