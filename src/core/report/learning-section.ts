import type { ReportStrings } from "../i18n/report-strings";
import { reportDay } from "../i18n/report-strings";
import type { ReportBlock } from "./report-blocks";
import { heading, remark } from "./report-blocks";
import type { TrajectoryReportInput } from "./report-input";
import { textBlocks } from "./text-blocks";

/** What the participant chose to include of what they learned: one part per report. */
export function insightSection(input: TrajectoryReportInput, t: ReportStrings): ReportBlock[] {
	const out: ReportBlock[] = [heading(2, t.sections.insights)];
	if (input.insights.length === 0) return [...out, remark(t.insights.none)];
	for (const insight of input.insights) {
		out.push(heading(3, insight.date === null ? insight.source : t.insights.from(reportDay(insight.date, t), insight.source)), ...textBlocks(insight.text));
	}
	return out;
}

/** The actions the participant chose to include, done or open. A table, not tasks: the tasks stay in the reports. */
export function actionSection(input: TrajectoryReportInput, t: ReportStrings): ReportBlock[] {
	const out: ReportBlock[] = [heading(2, t.sections.actions)];
	if (input.actions.length === 0) return [...out, remark(t.actions.none)];
	out.push({
		kind: "table",
		head: [t.actions.action, t.actions.due, t.actions.state],
		rows: input.actions.map((a) => [a.text, a.due === null ? "" : reportDay(a.due, t), a.done ? t.actions.done : t.actions.open]),
	});
	return out;
}
