import { afterEach, describe, expect, it } from "vitest";
import { goal, model, openDashboard } from "./dashboard-fixtures";
import type { OpenDashboard } from "./dashboard-fixtures";

let d: OpenDashboard | null = null;
afterEach(async () => {
	await d?.h.dispose();
	d = null;
});

function chartOf(d: OpenDashboard): SVGSVGElement {
	const svg = d.el.querySelector<SVGSVGElement>("svg.intervisie-dash-chart");
	if (!svg) throw new Error("no chart");
	return svg;
}

describe("goal chart", () => {
	it("draws a line with a dot per rating, dashed baseline and target, and names itself", async () => {
		d = await openDashboard();
		const svg = chartOf(d);
		expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(svg.getAttribute("role")).toBe("img");
		expect(svg.getAttribute("aria-label")).toBe(goal().chartSummary);
		expect(svg.firstElementChild?.tagName.toLowerCase()).toBe("title");
		expect(svg.firstElementChild?.textContent).toBe(goal().chartSummary);
		expect(svg.getAttribute("viewBox")).toMatch(/^0 0 \d+ \d+$/);
		expect(svg.querySelectorAll("circle.intervisie-dash-chart-dot")).toHaveLength(3);
		expect(svg.querySelectorAll("polyline.intervisie-dash-chart-line")).toHaveLength(1);
		expect(svg.querySelector("polyline")?.getAttribute("points")?.split(" ")).toHaveLength(3);
		expect(svg.querySelector(".intervisie-dash-chart-baseline")?.getAttribute("stroke-dasharray")).toBeTruthy();
		expect(svg.querySelector(".intervisie-dash-chart-target")?.getAttribute("stroke-dasharray")).toBeTruthy();
		expect(Array.from(svg.querySelectorAll("circle title")).map((t) => t.textContent)).toEqual(["20\u00a0Jan\u00a02026: 4", "17\u00a0Feb\u00a02026: 5", "3\u00a0Mar\u00a02026: 7"]);
		expect(d.el.find(".intervisie-dash-chart-legend")?.textContent).toBe("Start 3Target 8");
	});

	it("puts the y-axis from the scale's minimum to its maximum, higher ratings higher up", async () => {
		d = await openDashboard(model({ goals: { filter: "active", rows: [goal({ scale: { min: 1, max: 5 }, baseline: 1, target: 5, points: [
			{ date: "2026-01-01", rating: 1, reportPath: "a.md" },
			{ date: "2026-02-01", rating: 5, reportPath: "b.md" },
		] })], total: 1 } }));
		const svg = chartOf(d);
		const labels = Array.from(svg.querySelectorAll("text")).map((t) => t.textContent);
		expect(labels).toEqual(expect.arrayContaining(["1", "5"]));
		const [low, high] = Array.from(svg.querySelectorAll("circle")).map((c) => Number(c.getAttribute("cy")));
		expect(high).toBeLessThan(low ?? 0);
		const cy = (sel: string) => Number(svg.querySelector(sel)?.getAttribute("y1"));
		expect(cy(".intervisie-dash-chart-baseline")).toBe(low);
		expect(cy(".intervisie-dash-chart-target")).toBe(high);
	});

	it("without ratings draws no chart frame and says so; one rating gets a dot and no line", async () => {
		d = await openDashboard(model({ goals: { filter: "active", rows: [
			goal({ path: "a.md", points: [], chartSummary: "" }),
			goal({ path: "b.md", points: [{ date: "2026-03-01", rating: 6, reportPath: "r.md" }], baseline: null, target: null }),
		], total: 2 } }));
		const charts = Array.from(d.el.querySelectorAll<SVGSVGElement>("svg.intervisie-dash-chart"));
		expect(charts).toHaveLength(1);
		const [one] = charts;
		expect(one?.querySelectorAll("circle")).toHaveLength(1);
		expect(one?.querySelector("polyline")).toBeNull();
		expect(one?.querySelector(".intervisie-dash-chart-baseline")).toBeNull();
		expect(d.el.textContent).toContain("No ratings yet");
	});

	it("draws a single rating at its date, above the date's label", async () => {
		d = await openDashboard(model({ goals: { filter: "active", rows: [goal({ points: [{ date: "2026-03-01", rating: 6, reportPath: "r.md" }] })], total: 1 } }));
		const svg = chartOf(d);
		const label = Array.from(svg.querySelectorAll("text")).find((t) => t.textContent === "1\u00a0Mar\u00a02026");
		expect(svg.querySelector("circle")?.getAttribute("cx")).toBe(label?.getAttribute("x"));
	});

	it("draws a gridline at the middle of the scale, with its value on the axis", async () => {
		d = await openDashboard(model({ goals: { filter: "active", rows: [goal({ scale: { min: 1, max: 5 } })], total: 1 } }));
		const svg = chartOf(d);
		expect(Array.from(svg.querySelectorAll("text")).slice(0, 3).map((t) => t.textContent)).toEqual(["5", "3", "1"]);
		const grid = svg.querySelectorAll(".intervisie-dash-chart-grid");
		expect(grid).toHaveLength(1);
		const y = Number(grid[0]?.getAttribute("y1"));
		const axis = svg.querySelector(".intervisie-dash-chart-axis");
		expect(y).toBeGreaterThan(Number(axis?.getAttribute("y1")));
		expect(y).toBeLessThan(Number(axis?.getAttribute("y2")));
	});
});
