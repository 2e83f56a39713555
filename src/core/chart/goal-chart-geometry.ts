import { dayNumber } from "../dates/local-day";

/** A goal's ratings and levels, on its scale. Dates are `YYYY-MM-DD`; a rating without a valid date is left out. */
export interface ChartInput {
	scale: { min: number; max: number };
	baseline: number | null;
	target: number | null;
	points: readonly { date: string; rating: number }[];
	/** The text alternative, already worded in the reader's language. */
	summary: string;
}

/** How the chart words a day, a number and a dot; the dashboard and the report each bring their own. */
export interface ChartWords {
	day(date: string): string;
	number(value: number): string;
	point(day: string, rating: number): string;
	baseline(value: number): string;
	target(value: number): string;
}

export interface ChartOptions {
	/** Name the start and target lines beside them, in room kept free on the right (else a legend does). */
	levelLabels: boolean;
}

export interface ChartText {
	x: number;
	y: number;
	text: string;
	anchor: "start" | "end";
}

export interface ChartSegment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

export interface ChartLevel extends ChartSegment {
	kind: "baseline" | "target";
	value: number;
	/** Present when `levelLabels` asked for it. */
	label: ChartText | null;
}

export interface ChartDot {
	x: number;
	y: number;
	date: string;
	rating: number;
	/** The dot's own title, such as "3 Mar 2026: 7". */
	label: string;
}

/** Everything the chart draws, in drawing units; a renderer only turns it into SVG text or DOM. */
export interface GoalChartGeometry {
	width: number;
	height: number;
	summary: string;
	axes: ChartSegment[];
	/** Light lines across the plot at the values named between the axis's ends. */
	gridlines: ChartSegment[];
	/** Values along the y-axis, top first: the maximum, the middle, the minimum. */
	axisLabels: ChartText[];
	levels: ChartLevel[];
	/** The polyline through the dots, oldest first; empty for fewer than two ratings. */
	line: { x: number; y: number }[];
	dots: ChartDot[];
	/** The first and the last date under the x-axis. */
	dateLabels: ChartText[];
}

const WIDTH = 320;
const HEIGHT = 140;
const LEFT = 28;
const TOP = 12;
const BOTTOM = 24;
/** Room on the right: narrow, or wide enough for the start and target labels. */
const RIGHT_PLAIN = 12;
const RIGHT_LABELLED = 52;

interface Plot {
	right: number;
	x(day: number): number;
	y(rating: number): number;
}

/**
 * Ratings over time: a line through the ratings, a dot per rating, start and target levels, the y-axis from
 * the scale's minimum to its maximum with a gridline at its middle (ratings outside the scale are drawn at its
 * edge), time from the first to the last rating. Null without a dated rating: there is nothing to draw, and
 * the reader is told so in words instead of being shown an empty frame.
 */
export function goalChartGeometry(input: ChartInput, words: ChartWords, options: ChartOptions): GoalChartGeometry | null {
	const points = input.points
		.map((p) => ({ date: p.date, rating: p.rating, day: dayNumber(p.date) }))
		.filter((p): p is { date: string; rating: number; day: number } => p.day !== null)
		.sort((a, b) => a.day - b.day);
	if (points.length === 0) return null;
	const plot = makePlot(input.scale, points.map((p) => p.day), options.levelLabels ? RIGHT_LABELLED : RIGHT_PLAIN);
	const bottom = round(plot.y(input.scale.min));
	const top = round(plot.y(input.scale.max));
	const middle = middleOf(input.scale);
	const middleY = round(plot.y(middle));
	const levels: ChartLevel[] = [];
	if (input.baseline !== null) levels.push(level("baseline", input.baseline, words.baseline(input.baseline), plot, options));
	if (input.target !== null) levels.push(level("target", input.target, words.target(input.target), plot, options));
	const dots = points.map((p) => ({ x: round(plot.x(p.day)), y: round(plot.y(p.rating)), date: p.date, rating: p.rating, label: words.point(words.day(p.date), p.rating) }));
	const first = points[0];
	const last = points[points.length - 1];
	const dateLabels: ChartText[] = [];
	if (first) dateLabels.push({ x: LEFT, y: HEIGHT - 6, text: words.day(first.date), anchor: "start" });
	if (last && last !== first) dateLabels.push({ x: WIDTH - plot.right, y: HEIGHT - 6, text: words.day(last.date), anchor: "end" });
	return {
		width: WIDTH,
		height: HEIGHT,
		summary: input.summary,
		axes: [
			{ x1: LEFT, y1: top, x2: LEFT, y2: bottom },
			{ x1: LEFT, y1: bottom, x2: WIDTH - plot.right, y2: bottom },
		],
		gridlines: [{ x1: LEFT, y1: middleY, x2: WIDTH - plot.right, y2: middleY }],
		axisLabels: [
			{ x: LEFT - 6, y: round(top + 4), text: words.number(input.scale.max), anchor: "end" },
			{ x: LEFT - 6, y: round(middleY + 4), text: words.number(middle), anchor: "end" },
			{ x: LEFT - 6, y: round(bottom + 4), text: words.number(input.scale.min), anchor: "end" },
		],
		levels,
		line: dots.length > 1 ? dots.map((d) => ({ x: d.x, y: d.y })) : [],
		dots,
		dateLabels,
	};
}

function makePlot(scale: { min: number; max: number }, days: readonly number[], right: number): Plot {
	const span = scale.max - scale.min || 1;
	const firstDay = days.length ? Math.min(...days) : 0;
	const daySpan = days.length ? Math.max(...days) - firstDay : 0;
	const width = WIDTH - LEFT - right;
	return {
		right,
		// One rating stands at the start of the time axis, where its date is written.
		x: (day) => (daySpan > 0 ? LEFT + ((day - firstDay) / daySpan) * width : LEFT),
		y: (rating) => TOP + ((scale.max - clamp(rating, scale.min, scale.max)) / span) * (HEIGHT - TOP - BOTTOM),
	};
}

/** The whole number nearest the middle of the scale (halves up), or the exact middle of a scale of fractions. */
function middleOf(scale: { min: number; max: number }): number {
	const middle = (scale.min + scale.max) / 2;
	return Number.isInteger(scale.min) && Number.isInteger(scale.max) ? Math.round(middle) : middle;
}

function level(kind: ChartLevel["kind"], value: number, text: string, plot: Plot, options: ChartOptions): ChartLevel {
	const y = round(plot.y(value));
	const x2 = WIDTH - plot.right;
	return { kind, value, x1: LEFT, y1: y, x2, y2: y, label: options.levelLabels ? { x: x2 + 8, y: round(y + 3), text, anchor: "start" } : null };
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}
