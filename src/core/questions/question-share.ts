import type { NotedTally } from "./question-tally";

/** A session's question round in numbers: the counts per kind, their sum, and the share that was open. */
export interface QuestionShare extends NotedTally {
	/** The questions that got a kind. */
	total: number;
	/** Open questions as a whole percentage of `total`; null when no question got a kind. */
	openPercent: number | null;
}

export function questionShare(tally: NotedTally): QuestionShare {
	const total = tally.open + tally.closed + tally.advice + tally.leading;
	return { ...tally, total, openPercent: total === 0 ? null : Math.round((100 * tally.open) / total) };
}
