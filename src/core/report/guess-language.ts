import type { Language } from "../i18n/language";
import { NOTE_TEXTS } from "../templates/note-texts";
import { bodySections, sameHeading } from "./body-sections";

/** Headings our goal and report templates write, per language. */
function templateHeadings(language: Language): string[] {
	const { goal, report } = NOTE_TEXTS[language];
	return [goal.behaviour, goal.why, goal.whereWhen, goal.evidence, goal.progress, report.happened, report.learned, report.goals, report.next];
}

/**
 * The language the notes are written in, for a report made outside Obsidian: the language whose template
 * headings the bodies use most. English when they do not tell.
 */
export function guessLanguage(bodies: Iterable<string>): Language {
	const count: Record<Language, number> = { nl: 0, en: 0 };
	const headings = { nl: templateHeadings("nl"), en: templateHeadings("en") };
	for (const body of bodies) {
		for (const section of bodySections(body)) {
			for (const language of ["nl", "en"] as const) if (headings[language].some((h) => sameHeading(section.heading, h))) count[language]++;
		}
	}
	return count.nl > count.en ? "nl" : "en";
}
