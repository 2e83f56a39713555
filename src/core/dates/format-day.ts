/** How a language names its months, in full for running text and short for compact places. */
export interface DateWords {
	months: readonly string[];
	shortMonths: readonly string[];
}

/**
 * Where a date stands: `text` inside a sentence or a document ("12 January 2026"), `compact` as a label, a
 * list fact, a table cell or an axis on a screen ("12 Jan 2026"). Both put the day first, as Dutch and
 * British English do.
 */
export type DayPlace = "text" | "compact";

/** Joins the parts of a date on screen, so a date never breaks across lines. */
export const NO_BREAK = "\u00a0";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The one way a `YYYY-MM-DD` day is shown to a person; text that is not a date is shown as it is.
 * `space` joins day, month and year: a no-break space on screen, a plain one in note text people search.
 */
export function formatDay(day: string, words: DateWords, place: DayPlace, space: string = NO_BREAK): string {
	const match = DAY.exec(day);
	const month = match ? (place === "text" ? words.months : words.shortMonths)[Number(match[2]) - 1] : undefined;
	if (!match || month === undefined) return day;
	return [String(Number(match[3])), month, match[1]].join(space);
}

/** A `YYYY-MM` month as its short name and its year, for a chart's axis. */
export function formatMonth(month: string, words: DateWords): { short: string; year: string } {
	const [year = "", number = ""] = month.split("-");
	return { short: words.shortMonths[Number(number) - 1] ?? month, year };
}
