import { formatDay } from "../dates/format-day";
import type { DateWords, DayPlace } from "../dates/format-day";
import type { Language } from "./language";

export const DATE_WORDS: Readonly<Record<Language, DateWords>> = {
	en: {
		months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
		shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
	},
	nl: {
		months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
		shortMonths: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
	},
};

/** A day as shown on screen in the language: never broken across lines. */
export function showDay(day: string, language: Language, place: DayPlace): string {
	return formatDay(day, DATE_WORDS[language], place);
}

/** A day written into a note (the trajectory report): in full, with plain spaces so search finds it. */
export function noteDay(day: string, language: Language): string {
	return formatDay(day, DATE_WORDS[language], "text", " ");
}
