import type { ReportStrings } from "../i18n/report-strings";
import { reportDay, reportNumber } from "../i18n/report-strings";
import { scaleAnchorsText } from "../rating/rating-scale";
import { goalChartSvg } from "./goal-chart-svg";
import type { ReportBlock } from "./report-blocks";
import { facts, heading, remark } from "./report-blocks";
import type { ReportGoal, TrajectoryReportInput } from "./report-input";
import { textBlocks } from "./text-blocks";

/** Each goal: its facts, what it says, the quality check, and the ratings as a chart and a table. */
export function goalSection(input: TrajectoryReportInput, t: ReportStrings): ReportBlock[] {
	const out: ReportBlock[] = [heading(2, t.sections.goals)];
	if (input.goals.length === 0) return [...out, remark(t.goals.none)];
	for (const goal of input.goals) out.push(...goalBlocks(goal, input, t));
	return out;
}

function goalBlocks(goal: ReportGoal, input: TrajectoryReportInput, t: ReportStrings): ReportBlock[] {
	const num = (value: number | null): string | null => (value === null ? null : reportNumber(value, t));
	const { scale } = goal;
	const statement = textBlocks(goal.statement);
	const out: ReportBlock[] = [
		heading(3, goal.title),
		...facts([
			{ label: t.goals.status, value: t.goals.statuses[goal.status] },
			{ label: t.goals.deadline, value: goal.deadline === null ? null : reportDay(goal.deadline, t) },
			{ label: t.goals.baseline, value: num(goal.baseline) },
			{ label: t.goals.target, value: num(goal.target) },
			{ label: t.goals.scale, value: `${t.goals.scaleRange(reportNumber(scale.min, t), reportNumber(scale.max, t))} (${scaleAnchorsText(scale, input.language)})` },
		]),
		heading(4, t.goals.statement),
	];
	if (statement.length === 0) out.push(remark(t.goals.noStatement));
	else out.push(...statement, heading(4, t.goals.quality), goal.hints.length ? { kind: "list", items: [...goal.hints] } : remark(t.goals.allMet));
	out.push(heading(4, t.goals.progress));
	const svg = goalChartSvg({ title: goal.title, scale, baseline: goal.baseline, target: goal.target, points: goal.ratings }, input.language);
	if (svg === null) return [...out, remark(t.goals.noRatings)];
	out.push(
		{ kind: "chart", svg },
		{ kind: "table", head: [t.goals.date, t.goals.rating], rows: goal.ratings.map((r) => [reportDay(r.date, t), reportNumber(r.rating, t)]) },
	);
	return out;
}
