import type { RhythmMonth, RhythmSection } from "../../core/dashboard/dashboard-model";
import { formatMonth } from "./format";
import type { RenderContext } from "./render-context";
import { createSection } from "./section";

const LEVELS = 4;

/**
 * Reports and cases per month as a small heat map. It is a table with the counts written in, so the
 * numbers are there for screen readers and in any theme; the shade only repeats them.
 */
export function renderRhythm(parent: DocumentFragment, rhythm: RhythmSection, ctx: RenderContext): void {
	const { t } = ctx;
	const section = createSection(parent, "rhythm", t.sections.rhythm);
	section.createDiv({ cls: "intervisie-dash-streak", text: t.rhythm.streak(rhythm.streak) });
	const months = rhythm.months;
	const reports = sum(months, (m) => m.reports);
	const cases = sum(months, (m) => m.cases);
	if (months.length === 0 || reports + cases === 0) {
		section.createEl("p", { cls: "intervisie-dash-muted", text: t.rhythm.none });
		return;
	}
	section.createEl("p", { cls: "intervisie-dash-muted", text: t.rhythm.summary(reports, cases, months.length) });
	const scroller = section.createDiv({ cls: "intervisie-dash-heatmap-scroll" });
	const table = scroller.createEl("table", { cls: "intervisie-dash-heatmap" });
	table.createEl("caption", { cls: "intervisie-dash-visually-hidden", text: t.rhythm.caption });
	const head = table.createEl("thead").createEl("tr");
	head.createEl("td");
	months.forEach((month, index) => {
		const { short, year } = formatMonth(month.month, t);
		const th = head.createEl("th", { attr: { scope: "col", "aria-label": `${short} ${year}` } });
		th.createDiv({ text: short });
		// The year only where it changes, to keep the columns narrow.
		if (index === 0 || month.month.endsWith("-01")) th.createDiv({ cls: "intervisie-dash-heatmap-year", text: year });
	});
	const body = table.createEl("tbody");
	const max = Math.max(1, ...months.map((m) => Math.max(m.reports, m.cases)));
	for (const [label, count] of [[t.rhythm.reports, (m: RhythmMonth) => m.reports], [t.rhythm.cases, (m: RhythmMonth) => m.cases]] as const) {
		const tr = body.createEl("tr");
		tr.createEl("th", { text: label, attr: { scope: "row" } });
		for (const month of months) {
			const value = count(month);
			const level = value === 0 ? 0 : Math.max(1, Math.round((value / max) * LEVELS));
			tr.createEl("td", { cls: ["intervisie-dash-heat", `intervisie-dash-heat-${level}`], text: String(value) });
		}
	}
}

function sum(months: readonly RhythmMonth[], pick: (month: RhythmMonth) => number): number {
	return months.reduce((total, month) => total + pick(month), 0);
}
