import { daysBetween } from "../dates/local-day";
import type { Language } from "../i18n/language";
import type { LinkIndex } from "../index/link-index";
import type { NoteIndex } from "../index/note-index";
import type { GoalNote, ReportNote, SessionNote } from "../schema/notes";
import { goalRatingScale } from "../rating/rating-scale";
import type { ScaleDefault } from "../rating/rating-scale";
import { chartSummary } from "./chart-summary";
import type { DashboardFacts } from "./dashboard-facts";
import type { GoalFilter, GoalRow, GoalsSection, RatingPoint } from "./dashboard-model";
import type { DashboardScope } from "./dashboard-scope";
import { trajectoryVia } from "./dashboard-scope";
import { byStatusThenDeadline } from "./goal-order";
import { ratingPoints } from "./rating-points";
import { heldNewestFirst } from "../sessions/session-rules";

export interface GoalContext {
	facts: DashboardFacts;
	scope: DashboardScope;
	index: NoteIndex;
	links: LinkIndex;
	today: string;
	language: Language;
	defaultScale: ScaleDefault;
	filter: GoalFilter;
	goalHintCount(path: string): number;
}

/** Notes that name a goal as part of the practice itself: a link from them is no extra evidence. */
const PRACTICE_KINDS = new Set(["report", "case", "session", "intake", "evaluation"]);

export function goalsSection(context: GoalContext): GoalsSection {
	const { facts, scope, filter } = context;
	const shown = facts.myGoals.filter((g) => scope.covers(facts.goalTrajectory.get(g.path)));
	const rows = (filter === "active" ? shown.filter((g) => g.status === "active") : shown).sort(byStatusThenDeadline);
	const heldByTrajectory = new Map<string, SessionNote[]>();
	const held = (trajectory: string): SessionNote[] => {
		let list = heldByTrajectory.get(trajectory);
		if (!list) {
			list = heldNewestFirst(facts.sessionsByTrajectory.get(trajectory) ?? [], context.today);
			heldByTrajectory.set(trajectory, list);
		}
		return list;
	};
	// One look through the vault's links for all the goals shown, not one per goal.
	context.links.prepareBacklinks(rows.map((goal) => goal.path));
	return { filter, rows: rows.map((goal) => goalRow(goal, context, held)), total: shown.length };
}

function goalRow(goal: GoalNote, context: GoalContext, held: (trajectory: string) => SessionNote[]): GoalRow {
	const { facts, today } = context;
	const reports = facts.myReportsByGoal.get(goal.path) ?? [];
	const trajectory = facts.goalTrajectory.get(goal.path) ?? trajectoryOfNewest(facts, reports);
	const row: GoalRow = {
		path: goal.path,
		title: goal.title,
		status: goal.status,
		deadline: goal.deadline,
		daysLeft: goal.deadline === null ? null : daysBetween(today, goal.deadline),
		baseline: goal.baseline,
		target: goal.target,
		scale: scaleOf(goal, context),
		points: points(goal, reports, facts),
		lastReflected: reports.reduce<string | null>((last, r) => maxDay(last, dateOf(r, facts)), null),
		reportCount: reports.length,
		caseCount: facts.myCaseCountByGoal.get(goal.path) ?? 0,
		evidenceCount: evidenceCount(goal.path, context),
		hintCount: context.goalHintCount(goal.path),
		stale: goal.status === "active" && trajectory !== undefined && isStale(goal, held(trajectory), facts),
		chartSummary: "",
	};
	row.chartSummary = chartSummary(row, context.language);
	return row;
}

/** The goal's scale by the one rule; the chart needs only its ends. */
function scaleOf(goal: GoalNote, { facts, defaultScale, language }: GoalContext): { min: number; max: number } {
	const trajectory = facts.goalTrajectory.get(goal.path);
	const scale = goalRatingScale(goal, () => (trajectory === undefined ? null : (facts.trajectoryByPath.get(trajectory) ?? null)), defaultScale, language);
	return { min: scale.min, max: scale.max };
}

/** A report's day: its own `date`, else that of its session. */
function dateOf(report: ReportNote, facts: DashboardFacts): string | null {
	if (report.date !== null) return report.date;
	const session = facts.reportSession.get(report.path);
	return session === undefined ? null : (facts.sessionByPath.get(session)?.date ?? null);
}

/** The rating at the goal's own position in each report: `ratings[i]` rates `goals[i]`. */
function points(goal: GoalNote, reports: readonly ReportNote[], facts: DashboardFacts): RatingPoint[] {
	return ratingPoints(goal.path, reports, { goalsOf: (r) => facts.reportGoals.get(r.path) ?? [], dateOf: (r) => dateOf(r, facts) });
}

/** A goal outside any trajectory takes the trajectory of the session of its newest report. */
function trajectoryOfNewest(facts: DashboardFacts, reports: readonly ReportNote[]): string | undefined {
	let found: { date: string; trajectory: string } | undefined;
	for (const report of reports) {
		const trajectory = trajectoryVia(facts, facts.reportSession.get(report.path));
		const date = dateOf(report, facts) ?? "";
		if (trajectory !== undefined && (found === undefined || date > found.date)) found = { date, trajectory };
	}
	return found?.trajectory;
}

function evidenceCount(goalPath: string, { links, index }: GoalContext): number {
	let count = 0;
	for (const source of links.backlinks(goalPath)) {
		const kind = index.note(source)?.kind;
		if (source !== goalPath && (kind === undefined || !PRACTICE_KINDS.has(kind))) count++;
	}
	return count;
}

/** Not named in my reports of the last two held sessions; a goal set after the older of them gets time. */
function isStale(goal: GoalNote, heldNewestFirst: readonly SessionNote[], facts: DashboardFacts): boolean {
	const lastTwo = heldNewestFirst.slice(0, 2);
	const older = lastTwo[1];
	if (!older) return false;
	if (goal.created !== null && older.date !== null && goal.created > older.date) return false;
	return !lastTwo.some((session) => (facts.myReportsBySession.get(session.path) ?? []).some((r) => facts.reportGoals.get(r.path)?.includes(goal.path)));
}

function maxDay(a: string | null, b: string | null): string | null {
	if (a === null) return b;
	return b !== null && b > a ? b : a;
}
