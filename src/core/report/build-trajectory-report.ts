import type { Language } from "../i18n/language";
import { REPORT_STRINGS, reportDay } from "../i18n/report-strings";
import { renderFrontmatter } from "../yaml/render-frontmatter";
import type { FacilitatorModel } from "../facilitator/facilitator-model";
import { groupOverviewBlocks } from "./group-overview";
import type { IncludeItem } from "./include-items";
import { withIncluded } from "./include-items";
import { heading, facts } from "./report-blocks";
import type { ReportBlock } from "./report-blocks";
import type { TrajectoryReportInput } from "./report-input";
import { renderHtmlBlocks } from "./render-html";
import { renderMarkdownBlocks } from "./render-markdown";
import { reportOutline } from "./report-outline";
import { htmlPage } from "./report-page";

export interface ReportOptions {
	/** Keeps the insights and actions it returns true for; all when absent. */
	include?: IncludeItem;
}

/** Reports of several members of one group, for a facilitator: one document, a part per member. */
export interface GroupReportInput {
	language: Language;
	date: string;
	trajectory: string;
	reports: readonly TrajectoryReportInput[];
	/** The group's facts, read first: attendance, rotation, reports per session, themes. */
	overview?: FacilitatorModel;
}

/** The property that marks the note; deliberately not `intervisie`, so the plugin never reads it as one of its notes. */
export const REPORT_TYPE = "trajectory-report";

/** The trajectory report as a markdown note: plain properties, then the report, ready for Obsidian's PDF export. */
export function buildReportMarkdown(input: TrajectoryReportInput, options: ReportOptions = {}): string {
	const report = withIncluded(input, options.include);
	return frontmatter({ type: REPORT_TYPE, trajectory: input.trajectory.name, member: input.member || undefined, date: input.date }) + renderMarkdownBlocks(reportOutline(report));
}

/** The trajectory report as one self-contained HTML page. */
export function buildReportHtml(input: TrajectoryReportInput, options: ReportOptions = {}): string {
	const t = REPORT_STRINGS[input.language];
	const report = withIncluded(input, options.include);
	return htmlPage(t.documentTitle(input.member, input.trajectory.name), input.language, renderHtmlBlocks(reportOutline(report)));
}

/** Several members' reports in one markdown note, each one heading level down under the group's title. */
export function buildGroupReportMarkdown(group: GroupReportInput, options: ReportOptions = {}): string {
	const members = group.reports.map((r) => r.member);
	const parts = [renderMarkdownBlocks(groupHeader(group)), ...group.reports.map((r) => renderMarkdownBlocks(reportOutline(withIncluded(r, options.include)), 1))];
	return frontmatter({ type: REPORT_TYPE, trajectory: group.trajectory, members, date: group.date }) + parts.join("\n");
}

/** Several members' reports in one HTML page, a section per member, each starting on a new printed page. */
export function buildGroupReportHtml(group: GroupReportInput, options: ReportOptions = {}): string {
	const t = REPORT_STRINGS[group.language];
	const sections = group.reports.map((r) => `<section class="member">\n${renderHtmlBlocks(reportOutline(withIncluded(r, options.include)), 1)}\n</section>`);
	return htmlPage(t.groupTitle(group.trajectory), group.language, [renderHtmlBlocks(groupHeader(group)), ...sections].join("\n"));
}

function groupHeader(group: GroupReportInput): ReportBlock[] {
	const t = REPORT_STRINGS[group.language];
	const overview = group.overview ? groupOverviewBlocks(group.overview, group.language) : [];
	return [heading(1, t.groupTitle(group.trajectory)), ...facts([{ label: t.about.made, value: reportDay(group.date, t) }]), ...overview];
}

/** The note's properties, then a blank line before the report. */
function frontmatter(data: Record<string, string | readonly string[] | undefined>): string {
	return `${renderFrontmatter(data)}\n`;
}
