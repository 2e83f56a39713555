import type { GoalRow } from "../../core/dashboard/dashboard-model";
import { goalChartGeometry } from "../../core/chart/goal-chart-geometry";
import type { ChartText, GoalChartGeometry } from "../../core/chart/goal-chart-geometry";
import type { DashboardStrings } from "../../core/i18n/dashboard-strings";
import { formatDay } from "./format";

/** What the chart draws; a dashboard goal row will do, and so will any goal with these facts. */
export type ChartGoal = Pick<GoalRow, "title" | "points" | "scale" | "baseline" | "target" | "chartSummary">;

/**
 * The goal's chart from the core's geometry, element by element (labels go in as text); the SVG scales to
 * the card's width through its viewBox. A legend below names the dashed lines in words; without ratings it
 * says so, and no empty frame is drawn.
 */
export function renderGoalChart(parent: HTMLElement, goal: ChartGoal, t: DashboardStrings): void {
	// The builder words the summary (trend, scale, target); the title alone is the last resort.
	const summary = goal.chartSummary || goal.title;
	const g = goalChartGeometry(
		{ scale: goal.scale, baseline: goal.baseline, target: goal.target, points: goal.points, summary },
		{ day: (date) => formatDay(date, t), number: String, point: t.chart.point, baseline: t.chart.baseline, target: t.chart.target },
		{ levelLabels: false },
	);
	const figure = parent.createDiv({ cls: "intervisie-dash-chart-box" });
	if (g) drawChart(figure, g);
	renderLegend(figure, goal, g?.dots.length ?? 0, t);
}

function drawChart(figure: HTMLElement, g: GoalChartGeometry): void {
	const svg = figure.createSvg("svg", {
		cls: "intervisie-dash-chart",
		attr: { viewBox: `0 0 ${g.width} ${g.height}`, role: "img", "aria-label": g.summary, focusable: "false" },
	});
	svg.createSvg("title").setText(g.summary);
	for (const l of g.gridlines) svg.createSvg("line", { cls: "intervisie-dash-chart-grid", attr: { x1: l.x1, y1: l.y1, x2: l.x2, y2: l.y2 } });
	for (const a of g.axes) svg.createSvg("line", { cls: "intervisie-dash-chart-axis", attr: { x1: a.x1, y1: a.y1, x2: a.x2, y2: a.y2 } });
	for (const label of g.axisLabels) text(svg, label);
	for (const level of g.levels) {
		const dash = level.kind === "baseline" ? "4 4" : "8 3";
		svg.createSvg("line", { cls: `intervisie-dash-chart-${level.kind}`, attr: { x1: level.x1, y1: level.y1, x2: level.x2, y2: level.y2, "stroke-dasharray": dash } });
	}
	if (g.line.length > 0) {
		svg.createSvg("polyline", { cls: "intervisie-dash-chart-line", attr: { points: g.line.map((p) => `${p.x},${p.y}`).join(" "), fill: "none" } });
	}
	for (const dot of g.dots) {
		svg.createSvg("circle", { cls: "intervisie-dash-chart-dot", attr: { cx: dot.x, cy: dot.y, r: 4 } }).createSvg("title").setText(dot.label);
	}
	for (const label of g.dateLabels) text(svg, label);
}

function text(svg: SVGElement, label: ChartText): void {
	svg.createSvg("text", { cls: "intervisie-dash-chart-label", attr: { x: label.x, y: label.y, "text-anchor": label.anchor, "aria-hidden": "true" } }).setText(label.text);
}

/** The dashed lines named in words, so they never depend on colour or dash pattern alone. */
function renderLegend(figure: HTMLElement, goal: ChartGoal, count: number, t: DashboardStrings): void {
	const legend = figure.createDiv({ cls: "intervisie-dash-chart-legend" });
	if (count === 0) legend.createSpan({ cls: "intervisie-dash-muted", text: t.chart.noRatings });
	if (goal.baseline !== null) legend.createSpan({ cls: "intervisie-dash-legend-baseline", text: t.chart.baseline(goal.baseline) });
	if (goal.target !== null) legend.createSpan({ cls: "intervisie-dash-legend-target", text: t.chart.target(goal.target) });
}
