import { unmetCriteria } from "../coaching/goal-coach";
import { goalStatementFromBody } from "../coaching/goal-statement";
import { byStatusThenDeadline } from "../dashboard/goal-order";
import { ratingPoints } from "../dashboard/rating-points";
import type { Language } from "../i18n/language";
import type { RatingScale } from "../rating/rating-scale";
import type { GoalNote } from "../schema/notes";
import type { ReportGoal } from "./report-input";
import type { ReportScope } from "./report-scope";
import type { ShareableNotes } from "./shareable-notes";

/**
 * The member's goals with their statement (read from the shareable body), the quality criteria it seems not
 * to meet (the same coaching as the goal form and `intervisie check`), and the ratings of the member's reports.
 */
export function assembleGoals(scope: ReportScope, notes: ShareableNotes, language: Language, scaleOf: (goal: GoalNote) => RatingScale): ReportGoal[] {
	const reading = { goalsOf: (r: { path: string }) => scope.reportGoals.get(r.path) ?? [], dateOf: (r: { path: string }) => scope.reportDate.get(r.path) ?? null };
	return [...scope.goals].sort(byStatusThenDeadline).map((goal) => {
		const statement = goalStatementFromBody(notes.read(goal.path)?.body ?? "");
		return {
			title: goal.title,
			status: goal.status,
			statement,
			baseline: goal.baseline,
			target: goal.target,
			deadline: goal.deadline,
			hints: statement.trim() === "" ? [] : unmetCriteria({ statement, deadline: goal.deadline }, language).map((result) => result.message),
			ratings: ratingPoints(goal.path, scope.reports, reading).map(({ date, rating }) => ({ date, rating })),
			scale: scaleOf(goal),
		};
	});
}
