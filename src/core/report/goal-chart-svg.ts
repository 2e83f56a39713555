import { goalChartGeometry } from "../chart/goal-chart-geometry";
import type { ChartText } from "../chart/goal-chart-geometry";
import { dayNumber } from "../dates/local-day";
import { chartSummary } from "../dashboard/chart-summary";
import type { Language } from "../i18n/language";
import { REPORT_STRINGS, reportDay, reportNumber } from "../i18n/report-strings";
import { escapeHtml } from "./escape";
import type { ReportRating } from "./report-input";

export interface GoalChartData {
	title: string;
	scale: { min: number; max: number };
	baseline: number | null;
	target: number | null;
	/** Oldest first. */
	points: readonly ReportRating[];
}

/** Shown at 1.5 times the drawing units, and never wider than the page. */
const ZOOM = 1.5;

const COLOURS = { axis: "#8a8a8a", grid: "#d4d4d4", label: "#4a4a4a", line: "#2f5f98", baseline: "#8a8a8a", target: "#2e7d4f" };

/**
 * Ratings over time as one inline SVG element, drawn from the same geometry as the dashboard's chart. Styling
 * is in attributes, so it looks the same in a markdown note, an HTML page and a PDF. Its `<title>` says in
 * words what the chart shows. Written without blank lines, so markdown keeps it as one HTML block. Null for
 * a goal without dated ratings: the report says so in words rather than showing an empty frame.
 */
export function goalChartSvg(chart: GoalChartData, language: Language): string | null {
	const t = REPORT_STRINGS[language];
	const num = (value: number): string => reportNumber(value, t);
	const points = chart.points.filter((p) => dayNumber(p.date) !== null);
	const summary = chartSummary({ title: chart.title, scale: chart.scale, target: chart.target, points: points.map((p) => ({ date: p.date, rating: p.rating, reportPath: "" })) }, language);
	const g = goalChartGeometry(
		{ scale: chart.scale, baseline: chart.baseline, target: chart.target, points, summary },
		{
			day: (date) => reportDay(date, t),
			number: num,
			point: (day, rating) => t.goals.chartPoint(day, num(rating)),
			baseline: (value) => t.goals.chartBaseline(num(value)),
			target: (value) => t.goals.chartTarget(num(value)),
		},
		{ levelLabels: true },
	);
	if (g === null) return null;
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width * ZOOM}" height="${g.height * ZOOM}" style="max-width: 100%; height: auto" role="img" font-family="sans-serif">`,
		`<title>${escapeHtml(g.summary)}</title>`,
		...g.gridlines.map((l) => `<line x1="${l.x1}" y1="${l.y1}" x2="${l.x2}" y2="${l.y2}" stroke="${COLOURS.grid}" stroke-width="1"/>`),
		...g.axes.map((a) => `<line x1="${a.x1}" y1="${a.y1}" x2="${a.x2}" y2="${a.y2}" stroke="${COLOURS.axis}" stroke-width="1"/>`),
		...g.axisLabels.map((l) => text(l)),
	];
	for (const level of g.levels) {
		const colour = COLOURS[level.kind];
		const dash = level.kind === "baseline" ? "4 4" : "8 3";
		parts.push(`<line x1="${level.x1}" y1="${level.y1}" x2="${level.x2}" y2="${level.y2}" stroke="${colour}" stroke-width="1" stroke-dasharray="${dash}"/>`);
		if (level.label) parts.push(text(level.label, 9, colour));
	}
	if (g.line.length > 0) parts.push(`<polyline points="${g.line.map((p) => `${p.x},${p.y}`).join(" ")}" fill="none" stroke="${COLOURS.line}" stroke-width="2"/>`);
	for (const dot of g.dots) parts.push(`<circle cx="${dot.x}" cy="${dot.y}" r="4" fill="${COLOURS.line}"><title>${escapeHtml(dot.label)}</title></circle>`);
	parts.push(...g.dateLabels.map((l) => text(l)), "</svg>");
	return parts.join("\n");
}

function text(label: ChartText, size = 10, colour = COLOURS.label): string {
	return `<text x="${label.x}" y="${label.y}" text-anchor="${label.anchor}" font-size="${size}" fill="${colour}">${escapeHtml(label.text)}</text>`;
}
