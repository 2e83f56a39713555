import type { ReportNote } from "../schema/notes";

/**
 * The newest rating of a goal in reports: the rating at the goal's own position (`ratings[i]` rates
 * `goals[i]`) in the report with the latest `date` that rates it. Null when no report does.
 */
export function latestRating(goalPath: string, reports: readonly ReportNote[], resolve: (link: string, from: string) => string | null): number | null {
	let found: { date: string; rating: number } | null = null;
	for (const report of reports) {
		const date = report.date ?? "";
		if (found !== null && date <= found.date) continue;
		const i = report.goals.findIndex((link, at) => typeof report.ratings[at] === "number" && resolve(link, report.path) === goalPath);
		const rating = report.ratings[i];
		if (typeof rating === "number") found = { date, rating };
	}
	return found?.rating ?? null;
}
