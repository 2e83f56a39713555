import { ratingPoints } from "../dashboard/rating-points";
import type { ReportNote } from "../schema/notes";

/**
 * The newest rating of a goal in reports: the rating at the goal's own position (`ratings[i]` rates
 * `goals[i]`) in the report with the latest `date` that rates it, reports without a date counting as the
 * oldest. Null when no report does.
 */
export function latestRating(goalPath: string, reports: readonly ReportNote[], resolve: (link: string, from: string) => string | null): number | null {
	const points = ratingPoints(goalPath, reports, {
		goalsOf: (report) => report.goals.map((link) => resolve(link, report.path)),
		dateOf: (report) => report.date ?? "",
	});
	return points[points.length - 1]?.rating ?? null;
}
