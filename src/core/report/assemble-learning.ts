import type { ReportAction, ReportInsight } from "./report-input";
import type { ReportScope } from "./report-scope";
import type { ShareableNotes } from "./shareable-notes";
import { insightText } from "./insight-text";
import { taskLines } from "./task-lines";

/**
 * From each of the member's own reports: what it says they learned (one insight per report) and its task
 * lines (the actions). Ids name the report and the place in it, so a choice to leave one out can be kept.
 */
export function assembleLearning(scope: ReportScope, notes: ShareableNotes): { insights: ReportInsight[]; actions: ReportAction[] } {
	const insights: ReportInsight[] = [];
	const actions: ReportAction[] = [];
	for (const report of scope.reports) {
		const note = notes.read(report.path);
		if (!note) continue;
		const text = insightText(note.body, report.reflection);
		const date = scope.reportDate.get(report.path) ?? null;
		if (text !== "") insights.push({ id: `${report.path}#insight`, date, source: report.title, text });
		taskLines(note.body).forEach((task, i) => actions.push({ id: `${report.path}#action-${i}`, ...task, source: report.title }));
	}
	return { insights, actions };
}
