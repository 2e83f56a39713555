import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { goalChartSvg } from "../../../src/core/report/goal-chart-svg";
import { HOSTILE } from "./report-fixture";

const chart = {
	title: "Listen",
	scale: { min: 1, max: 10 },
	baseline: 4,
	target: 7,
	points: [
		{ date: "2026-01-26", rating: 4 },
		{ date: "2026-03-09", rating: 5.5 },
		{ date: "2026-05-04", rating: 12 },
	],
};

function parse(svg: string): Element {
	const window = new Window();
	const doc = new window.DOMParser().parseFromString(svg, "image/svg+xml");
	return doc.documentElement as unknown as Element;
}

describe("goalChartSvg", () => {
	it("is well-formed SVG with a text alternative that words the trend", () => {
		const svg = parse(goalChartSvg(chart, "en") ?? "");
		expect(svg.tagName.toLowerCase()).toBe("svg");
		expect(svg.getAttribute("role")).toBe("img");
		expect(svg.querySelector("title")?.textContent).toBe("Listen: 3 ratings from 2026-01-26 to 2026-05-04, rising from 4 to 12 (scale 1 to 10, target 7).");
	});

	it("draws a dot with a title per rating, a line through them, and dashed start and target lines", () => {
		const svg = parse(goalChartSvg(chart, "nl") ?? "");
		expect([...svg.querySelectorAll("circle > title")].map((t) => t.textContent)).toEqual(["26 januari 2026: 4", "9 maart 2026: 5,5", "4 mei 2026: 12"]);
		expect(svg.querySelectorAll("polyline")).toHaveLength(1);
		expect(svg.querySelectorAll("line[stroke-dasharray]")).toHaveLength(2);
		expect([...svg.querySelectorAll("text")].map((t) => t.textContent)).toEqual(expect.arrayContaining(["start 4", "doel 7", "26 januari 2026", "4 mei 2026"]));
	});

	it("keeps ratings outside the scale on the chart", () => {
		const svg = parse(goalChartSvg(chart, "en") ?? "");
		const ys = [...svg.querySelectorAll("circle")].map((c) => Number(c.getAttribute("cy")));
		expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...ys)).toBeLessThanOrEqual(140);
	});

	it("draws a gridline at the middle of the scale, with its value on the axis", () => {
		const svg = parse(goalChartSvg(chart, "en") ?? "");
		expect([...svg.querySelectorAll("text")].slice(0, 3).map((t) => t.textContent)).toEqual(["10", "6", "1"]);
		expect(svg.querySelectorAll("line:not([stroke-dasharray])")).toHaveLength(3);
	});

	it("draws a single rating at its date, above the date's label", () => {
		const svg = parse(goalChartSvg({ ...chart, points: [{ date: "2026-01-26", rating: 4 }] }, "en") ?? "");
		const label = [...svg.querySelectorAll("text")].find((t) => t.textContent === "26 January 2026");
		expect(svg.querySelector("circle")?.getAttribute("cx")).toBe(label?.getAttribute("x"));
	});

	it("draws no chart for a goal without ratings", () => {
		expect(goalChartSvg({ ...chart, points: [] }, "en")).toBeNull();
	});

	it("draws one rating without a line", () => {
		const svg = parse(goalChartSvg({ ...chart, baseline: null, target: null, points: [{ date: "2026-01-26", rating: 4 }] }, "en") ?? "");
		expect(svg.querySelectorAll("circle")).toHaveLength(1);
		expect(svg.querySelectorAll("polyline, line[stroke-dasharray]")).toHaveLength(0);
	});

	it("escapes the goal's title", () => {
		const markup = goalChartSvg({ ...chart, title: HOSTILE }, "en") ?? "";
		expect(markup).not.toContain("<script");
		expect(parse(markup).querySelector("title")?.textContent?.startsWith(HOSTILE)).toBe(true);
	});
});
