import type { ReportItem, TrajectoryReportInput } from "./report-input";

/** Which insights and actions go into the report; the participant unticks the ones to leave out. */
export type IncludeItem = (item: ReportItem) => boolean;

/** The input with only the insights and actions that `include` keeps; everything else unchanged. */
export function withIncluded(input: TrajectoryReportInput, include: IncludeItem | undefined): TrajectoryReportInput {
	if (include === undefined) return input;
	return { ...input, insights: input.insights.filter(include), actions: input.actions.filter(include) };
}
