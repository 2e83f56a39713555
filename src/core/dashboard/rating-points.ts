import type { ReportNote } from "../schema/notes";
import type { RatingPoint } from "./dashboard-model";

/** How to read a report: where each item of its `goals` leads, and which day it speaks of. */
export interface ReportReading {
	/** The path each item of `goals` resolves to, in order; null where the link is broken. */
	goalsOf(report: ReportNote): readonly (string | null)[];
	/** The report's day, or null when it has none: such a report gives no point. */
	dateOf(report: ReportNote): string | null;
}

/**
 * The rating at the goal's own position in each report (`ratings[i]` rates `goals[i]`), oldest first.
 * A report that names the goal twice counts once, with its first rated position.
 */
export function ratingPoints(goalPath: string, reports: readonly ReportNote[], reading: ReportReading): RatingPoint[] {
	const out: RatingPoint[] = [];
	for (const report of reports) {
		const date = reading.dateOf(report);
		if (date === null) continue;
		const goals = reading.goalsOf(report);
		for (let i = 0; i < goals.length; i++) {
			const rating = report.ratings[i];
			if (goals[i] !== goalPath || rating === null || rating === undefined) continue;
			out.push({ date, rating, reportPath: report.path });
			break;
		}
	}
	return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.reportPath < b.reportPath ? -1 : 1));
}
