import { describe, expect, it } from "vitest";
import { chartSummary } from "../../../src/core/dashboard/chart-summary";
import type { GoalRow } from "../../../src/core/dashboard/dashboard-model";
import { dashboard, groupVault, note } from "./fixture";

const LISTEN = "Goals/Listen before I advise.md";
const PLAN = "Goals/Plan my week.md";

function goal(rows: GoalRow[], path: string): GoalRow {
	const row = rows.find((r) => r.path === path);
	if (!row) throw new Error(`no row for ${path}`);
	return row;
}

describe("dashboard goals", () => {
	it("shows my active goals, active ones first by deadline, and counts all of mine", () => {
		const { goals } = dashboard(groupVault());
		expect(goals.filter).toBe("active");
		expect(goals.rows.map((r) => r.path)).toEqual([LISTEN, PLAN]);
		expect(goals.total).toBe(3);
		expect(dashboard(groupVault(), { goalFilter: "all" }).goals.rows.map((r) => r.title)).toEqual(["Listen before I advise", "Plan my week", "Speak up"]);
	});

	it("takes points from my ratings at the goal's position, whatever the link looks like, sorted by date", () => {
		const row = goal(dashboard(groupVault()).goals.rows, LISTEN);
		expect(row.points).toEqual([
			{ date: "2026-01-12", rating: 1, reportPath: "Reports/2026-01-12 Report session 1.md" },
			{ date: "2026-02-09", rating: 3, reportPath: "Reports/2026-02-09 Report session 2.md" },
		]);
		expect(goal(dashboard(groupVault()).goals.rows, PLAN).points).toEqual([]);
	});

	it("has baseline, target, deadline, and the scale of its trajectory", () => {
		const row = goal(dashboard(groupVault()).goals.rows, LISTEN);
		expect(row).toMatchObject({ baseline: 1, target: 4, deadline: "2026-03-05", daysLeft: 4, scale: { min: 0, max: 5 }, status: "active" });
		expect(goal(dashboard(groupVault(), { today: "2026-03-10" }).goals.rows, LISTEN).daysLeft).toBe(-5);
		expect(goal(dashboard(groupVault()).goals.rows, PLAN).daysLeft).toBeNull();
	});

	it("counts my reports and cases naming it, and other notes linking it as evidence", () => {
		const rows = dashboard(groupVault()).goals.rows;
		expect(goal(rows, LISTEN)).toMatchObject({ lastReflected: "2026-02-09", reportCount: 2, caseCount: 1, evidenceCount: 2 });
		expect(goal(rows, PLAN)).toMatchObject({ lastReflected: "2026-01-12", reportCount: 1, caseCount: 0, evidenceCount: 1 });
	});

	it("does not count the intake and the evaluation that name a goal as evidence", () => {
		const vault = [
			...groupVault(),
			note("Intakes/Intake.md", { intervisie: "intake", goals: ["[[Plan my week]]"], ratings: [2] }),
			note("Evaluations/Final evaluation.md", { intervisie: "evaluation", goals: ["[[Plan my week]]"], ratings: [4] }),
		];
		expect(goal(dashboard(vault).goals.rows, PLAN)).toMatchObject({ evidenceCount: 1, reportCount: 1, points: [] });
	});

	it("asks for hints of the goals it shows", () => {
		const asked: string[] = [];
		const rows = dashboard(groupVault(), { goalHintCount: (path) => (asked.push(path), path === PLAN ? 2 : 0) }).goals.rows;
		expect(goal(rows, PLAN).hintCount).toBe(2);
		expect(asked.sort()).toEqual([LISTEN, PLAN]);
	});

	it("marks an active goal stale when none of my reports of the last two held sessions names it", () => {
		const rows = dashboard(groupVault()).goals.rows;
		expect(goal(rows, LISTEN).stale).toBe(false);
		expect(goal(rows, PLAN).stale).toBe(true);
		expect(goal(dashboard(groupVault(), { goalFilter: "all" }).goals.rows, "Goals/Speak up.md").stale).toBe(false);
	});

	it("does not call a goal stale before two sessions are held, nor one set after the older of them", () => {
		const unnamed = [...groupVault(), note("Goals/Unnamed.md", { intervisie: "goal", trajectory: "[[Team leads 2026]]" })];
		expect(goal(dashboard(unnamed, { today: "2026-02-01" }).goals.rows, "Goals/Unnamed.md").stale).toBe(false);
		expect(goal(dashboard(unnamed).goals.rows, "Goals/Unnamed.md").stale).toBe(true);
		const records = groupVault().map((r) => (r.path === PLAN ? note(PLAN, { ...r.frontmatter, created: "2026-02-15" }) : r));
		expect(goal(dashboard(records).goals.rows, PLAN).stale).toBe(false);
	});

	it("shows goals outside any trajectory beside those of the shown one, not those of another trajectory", () => {
		const records = [
			...groupVault(),
			note("Goals/Loose.md", { intervisie: "goal" }),
			note("Goals/Other group.md", { intervisie: "goal", trajectory: "[[Other 2025]]" }),
			note("Other 2025.md", { intervisie: "trajectory", start: "2025-01-01", end: "2025-06-01" }),
		];
		const paths = dashboard(records).goals.rows.map((r) => r.path);
		expect(paths).toContain("Goals/Loose.md");
		expect(paths).not.toContain("Goals/Other group.md");
		expect(dashboard(records, { trajectory: "Other 2025.md" }).goals.rows.map((r) => r.path)).toEqual(["Goals/Loose.md", "Goals/Other group.md"]);
	});

	it("draws a goal outside any trajectory on the default scale, also when a report of a trajectory's session rates it", () => {
		const records = [
			...groupVault(),
			note("Goals/Loose.md", { intervisie: "goal" }),
			note("Goals/Reported.md", { intervisie: "goal" }),
			note("Reports/R3.md", { intervisie: "report", date: "2026-02-23", session: "[[Session 3]]", goals: ["[[Reported]]"], ratings: [2] }),
		];
		const rows = dashboard(records).goals.rows;
		expect(goal(rows, "Goals/Reported.md").scale).toEqual({ min: 1, max: 10 });
		expect(goal(rows, "Goals/Loose.md").scale).toEqual({ min: 1, max: 10 });
		expect(goal(rows, LISTEN).scale).toEqual({ min: 0, max: 5 });
		expect(goal(dashboard(records, { defaultScale: { min: 1, max: 4 } }).goals.rows, "Goals/Loose.md").scale).toEqual({ min: 1, max: 4 });
	});

	it("words the chart summary in the dashboard's language", () => {
		const row = goal(dashboard(groupVault(), { language: "nl" }).goals.rows, LISTEN);
		expect(row.chartSummary).toBe(chartSummary(row, "nl"));
		expect(row.chartSummary).toContain("stijgend van 1 naar 3");
	});

	it("fills the chart summary in English; the renderer asks for its own language", () => {
		const row = goal(dashboard(groupVault()).goals.rows, LISTEN);
		expect(row.chartSummary).toBe(chartSummary(row, "en"));
		expect(row.chartSummary).toContain("rising from 1 to 3");
	});
});
