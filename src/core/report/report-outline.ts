import { REPORT_STRINGS, reportDay } from "../i18n/report-strings";
import type { ReportStrings } from "../i18n/report-strings";
import { goalSection } from "./goal-section";
import { actionSection, insightSection } from "./learning-section";
import type { ReportBlock } from "./report-blocks";
import { facts, heading, remark } from "./report-blocks";
import type { TrajectoryReportInput } from "./report-input";
import { sessionSection } from "./session-section";
import { evaluationSection, intakeSection } from "./three-party-section";

/**
 * The whole report in reading order: who and which trajectory, the intake, the goals with their quality
 * check and progress, the sessions, what was learned, the actions, the final evaluation.
 */
export function reportOutline(input: TrajectoryReportInput): ReportBlock[] {
	const t = REPORT_STRINGS[input.language];
	return [
		heading(1, t.documentTitle(input.member, input.trajectory.name)),
		...about(input, t),
		...intakeSection(input, t),
		...goalSection(input, t),
		...sessionSection(input, t),
		...insightSection(input, t),
		...actionSection(input, t),
		...evaluationSection(input, t),
		remark(t.footer),
	];
}

function about(input: TrajectoryReportInput, t: ReportStrings): ReportBlock[] {
	const { start, end } = input.trajectory;
	const day = (value: string): string => reportDay(value, t);
	const period = start && end ? t.about.range(day(start), day(end)) : start ? t.about.from(day(start)) : end ? t.about.until(day(end)) : null;
	return facts([
		{ label: t.about.participant, value: input.member },
		{ label: t.about.trajectory, value: input.trajectory.name },
		{ label: t.about.period, value: period },
		{ label: t.about.facilitator, value: input.trajectory.facilitator },
		{ label: t.about.made, value: day(input.date) },
	]);
}
