import type { GoalRow, RatingPoint } from "../../core/dashboard/dashboard-model";
import type { DashboardStrings } from "../../core/i18n/dashboard-strings";
import { dayNumber } from "../../core/dates/local-day";
import { formatDay } from "./format";

/** Drawing units; the SVG scales to the card's width through its viewBox. */
const WIDTH = 320;
const HEIGHT = 140;
const LEFT = 28;
const RIGHT = 12;
const TOP = 10;
const BOTTOM = 24;

/** What the chart draws; a dashboard goal row will do, and so will any goal with these facts. */
export type ChartGoal = Pick<GoalRow, "title" | "points" | "scale" | "baseline" | "target" | "chartSummary">;

interface Plot {
	x(day: number): number;
	y(rating: number): number;
}

/**
 * Ratings over time: a line through the points, a dot per report, dashed lines for baseline and target,
 * the y-axis from the scale's minimum to its maximum. Built element by element; labels go in as text.
 */
export function renderGoalChart(parent: HTMLElement, goal: ChartGoal, t: DashboardStrings): void {
	const points = goal.points
		.map((p) => ({ point: p, day: dayNumber(p.date) }))
		.filter((p): p is { point: RatingPoint; day: number } => p.day !== null)
		.sort((a, b) => a.day - b.day);
	// The builder words the summary (trend, scale, target); the title alone is the last resort.
	const summary = goal.chartSummary || goal.title;
	const figure = parent.createDiv({ cls: "intervisie-dash-chart-box" });
	const svg = figure.createSvg("svg", {
		cls: "intervisie-dash-chart",
		attr: { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": summary, focusable: "false" },
	});
	svg.createSvg("title").setText(summary);
	const plot = makePlot(goal.scale, points.map((p) => p.day));
	drawAxes(svg, plot, goal.scale);
	if (goal.baseline !== null) drawLevel(svg, plot, goal.baseline, "intervisie-dash-chart-baseline", "4 4");
	if (goal.target !== null) drawLevel(svg, plot, goal.target, "intervisie-dash-chart-target", "8 3");
	if (points.length > 1) {
		const coords = points.map((p) => `${round(plot.x(p.day))},${round(plot.y(p.point.rating))}`).join(" ");
		svg.createSvg("polyline", { cls: "intervisie-dash-chart-line", attr: { points: coords, fill: "none" } });
	}
	for (const { point, day } of points) {
		const dot = svg.createSvg("circle", { cls: "intervisie-dash-chart-dot", attr: { cx: round(plot.x(day)), cy: round(plot.y(point.rating)), r: 4 } });
		dot.createSvg("title").setText(t.chart.point(formatDay(point.date, t), point.rating));
	}
	const first = points[0];
	const last = points[points.length - 1];
	if (first && last) {
		axisLabel(svg, LEFT, HEIGHT - 6, formatDay(first.point.date, t), "start");
		if (last !== first) axisLabel(svg, WIDTH - RIGHT, HEIGHT - 6, formatDay(last.point.date, t), "end");
	}
	renderLegend(figure, goal, points.length, t);
}

function makePlot(scale: { min: number; max: number }, days: number[]): Plot {
	const span = scale.max - scale.min || 1;
	const firstDay = Math.min(...days);
	const lastDay = Math.max(...days);
	const daySpan = lastDay - firstDay;
	const width = WIDTH - LEFT - RIGHT;
	return {
		x: (day) => (daySpan > 0 ? LEFT + ((day - firstDay) / daySpan) * width : LEFT + width / 2),
		y: (rating) => TOP + ((scale.max - clamp(rating, scale.min, scale.max)) / span) * (HEIGHT - TOP - BOTTOM),
	};
}

function drawAxes(svg: SVGElement, plot: Plot, scale: { min: number; max: number }): void {
	const bottom = plot.y(scale.min);
	svg.createSvg("line", { cls: "intervisie-dash-chart-axis", attr: { x1: LEFT, y1: TOP, x2: LEFT, y2: bottom } });
	svg.createSvg("line", { cls: "intervisie-dash-chart-axis", attr: { x1: LEFT, y1: bottom, x2: WIDTH - RIGHT, y2: bottom } });
	axisLabel(svg, LEFT - 6, plot.y(scale.max) + 4, String(scale.max), "end");
	axisLabel(svg, LEFT - 6, bottom + 4, String(scale.min), "end");
}

function drawLevel(svg: SVGElement, plot: Plot, value: number, cls: string, dash: string): void {
	const y = round(plot.y(value));
	svg.createSvg("line", { cls, attr: { x1: LEFT, y1: y, x2: WIDTH - RIGHT, y2: y, "stroke-dasharray": dash } });
}

function axisLabel(svg: SVGElement, x: number, y: number, text: string, anchor: "start" | "end"): void {
	svg.createSvg("text", { cls: "intervisie-dash-chart-label", attr: { x: round(x), y: round(y), "text-anchor": anchor, "aria-hidden": "true" } }).setText(text);
}

/** The dashed lines named in words, so they never depend on colour or dash pattern alone. */
function renderLegend(figure: HTMLElement, goal: ChartGoal, count: number, t: DashboardStrings): void {
	const legend = figure.createDiv({ cls: "intervisie-dash-chart-legend" });
	if (count === 0) legend.createSpan({ cls: "intervisie-dash-muted", text: t.chart.noRatings });
	if (goal.baseline !== null) legend.createSpan({ cls: "intervisie-dash-legend-baseline", text: t.chart.baseline(goal.baseline) });
	if (goal.target !== null) legend.createSpan({ cls: "intervisie-dash-legend-target", text: t.chart.target(goal.target) });
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
