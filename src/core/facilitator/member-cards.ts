import { chartSummary } from "../dashboard/chart-summary";
import { byStatusThenDeadline } from "../dashboard/goal-order";
import { ratingPoints } from "../dashboard/rating-points";
import type { Language } from "../i18n/language";
import type { ReportNote } from "../schema/notes";
import type { MemberCard, MemberGoal } from "./facilitator-model";
import type { MemberFacts } from "./member-facts";

/** Per member: what they shared, and each shared goal with its ratings, as the personal dashboard reads them. */
export function memberCards(facts: readonly MemberFacts[], scale: { min: number; max: number }, language: Language): MemberCard[] {
	return facts.map((f) => {
		const reading = {
			goalsOf: (r: ReportNote) => f.reportGoals.get(r.path) ?? [],
			// A report's day: its own `date`, else that of the session it is about.
			dateOf: (r: ReportNote) => r.date ?? f.reportSession.get(r.path)?.note.date ?? null,
		};
		const goals = f.goals.map((goal): MemberGoal => {
			const row: MemberGoal = {
				path: goal.path,
				title: goal.title,
				status: goal.status,
				deadline: goal.deadline,
				baseline: goal.baseline,
				target: goal.target,
				scale: { ...scale },
				points: ratingPoints(goal.path, f.reports, reading),
				chartSummary: "",
			};
			row.chartSummary = chartSummary(row, language);
			return row;
		});
		return {
			name: f.member.name,
			folder: f.member.shared?.folder ?? null,
			listed: f.member.listed,
			reportCount: f.reports.length,
			caseCount: f.cases.length,
			goals: goals.sort(byStatusThenDeadline),
		};
	});
}
