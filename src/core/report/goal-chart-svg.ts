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

/** Drawing units; shown at 1.5 times, and never wider than the page. */
const WIDTH = 320;
const HEIGHT = 140;
const LEFT = 28;
/** Room on the right for the start and target labels. */
const RIGHT = 52;
const TOP = 12;
const BOTTOM = 24;

const COLOURS = { axis: "#8a8a8a", label: "#4a4a4a", line: "#2f5f98", baseline: "#8a8a8a", target: "#2e7d4f" };

/**
 * Ratings over time as one inline SVG element, with the same drawing as the dashboard: a line through
 * the ratings, a dot per report, dashed lines for start and target on the trajectory's scale. Styling is
 * in attributes, so it looks the same in a markdown note, an HTML page and a PDF. Its `<title>` says in
 * words what the chart shows. Written without blank lines, so markdown keeps it as one HTML block.
 */
export function goalChartSvg(chart: GoalChartData, language: Language): string {
	const t = REPORT_STRINGS[language];
	const num = (value: number): string => reportNumber(value, t);
	const points = chart.points.map((p) => ({ ...p, day: dayNumber(p.date) })).filter((p): p is ReportRating & { day: number } => p.day !== null);
	const summary = chartSummary({ title: chart.title, scale: chart.scale, target: chart.target, points: points.map((p) => ({ date: p.date, rating: p.rating, reportPath: "" })) }, language);
	const plot = makePlot(chart.scale, points.map((p) => p.day));
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH * 1.5}" height="${HEIGHT * 1.5}" style="max-width: 100%; height: auto" role="img" font-family="sans-serif">`,
		`<title>${escapeHtml(summary)}</title>`,
		...axes(plot, chart.scale, num),
	];
	if (chart.baseline !== null) parts.push(...level(plot, chart.baseline, COLOURS.baseline, "4 4", t.goals.chartBaseline(num(chart.baseline))));
	if (chart.target !== null) parts.push(...level(plot, chart.target, COLOURS.target, "8 3", t.goals.chartTarget(num(chart.target))));
	if (points.length > 1) {
		const coords = points.map((p) => `${round(plot.x(p.day))},${round(plot.y(p.rating))}`).join(" ");
		parts.push(`<polyline points="${coords}" fill="none" stroke="${COLOURS.line}" stroke-width="2"/>`);
	}
	for (const p of points) {
		const label = escapeHtml(t.goals.chartPoint(reportDay(p.date, t), num(p.rating)));
		parts.push(`<circle cx="${round(plot.x(p.day))}" cy="${round(plot.y(p.rating))}" r="4" fill="${COLOURS.line}"><title>${label}</title></circle>`);
	}
	const first = points[0];
	const last = points[points.length - 1];
	if (first) parts.push(text(LEFT, HEIGHT - 6, reportDay(first.date, t), "start"));
	if (last && last !== first) parts.push(text(WIDTH - RIGHT, HEIGHT - 6, reportDay(last.date, t), "end"));
	parts.push("</svg>");
	return parts.join("\n");
}

interface Plot {
	x(day: number): number;
	y(rating: number): number;
}

function makePlot(scale: { min: number; max: number }, days: readonly number[]): Plot {
	const span = scale.max - scale.min || 1;
	const firstDay = days.length ? Math.min(...days) : 0;
	const daySpan = days.length ? Math.max(...days) - firstDay : 0;
	const width = WIDTH - LEFT - RIGHT;
	return {
		x: (day) => (daySpan > 0 ? LEFT + ((day - firstDay) / daySpan) * width : LEFT + width / 2),
		y: (rating) => TOP + ((scale.max - clamp(rating, scale.min, scale.max)) / span) * (HEIGHT - TOP - BOTTOM),
	};
}

function axes(plot: Plot, scale: { min: number; max: number }, num: (value: number) => string): string[] {
	const bottom = round(plot.y(scale.min));
	const top = round(plot.y(scale.max));
	return [
		`<line x1="${LEFT}" y1="${top}" x2="${LEFT}" y2="${bottom}" stroke="${COLOURS.axis}" stroke-width="1"/>`,
		`<line x1="${LEFT}" y1="${bottom}" x2="${WIDTH - RIGHT}" y2="${bottom}" stroke="${COLOURS.axis}" stroke-width="1"/>`,
		text(LEFT - 6, top + 4, num(scale.max), "end"),
		text(LEFT - 6, bottom + 4, num(scale.min), "end"),
	];
}

function level(plot: Plot, value: number, colour: string, dash: string, label: string): string[] {
	const y = round(plot.y(value));
	return [
		`<line x1="${LEFT}" y1="${y}" x2="${WIDTH - RIGHT}" y2="${y}" stroke="${colour}" stroke-width="1" stroke-dasharray="${dash}"/>`,
		`<text x="${WIDTH - RIGHT + 8}" y="${round(y + 3)}" text-anchor="start" font-size="9" fill="${colour}">${escapeHtml(label)}</text>`,
	];
}

function text(x: number, y: number, content: string, anchor: "start" | "end"): string {
	return `<text x="${round(x)}" y="${round(y)}" text-anchor="${anchor}" font-size="10" fill="${COLOURS.label}">${escapeHtml(content)}</text>`;
}

/** Days since 1970 for a `YYYY-MM-DD` day, by calendar arithmetic. */
function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
