import { describe, expect, it } from "vitest";
import { dashboard, note, TODAY } from "./fixture";

describe("dashboard for an individual without a group", () => {
	const records = [
		note("Goals/Say no.md", { intervisie: "goal", deadline: "2026-06-01", baseline: 3, target: 8 }),
		note("Reports/2026-01-20 Report.md", { intervisie: "report", date: "2026-01-20", goals: ["[[Say no]]"], ratings: [4] }),
		note("Reports/2026-02-17 Report.md", { intervisie: "report", date: "2026-02-17", goals: ["[[Say no]]"], ratings: [6] }),
		note("Journal/Monday.md", null, ["Say no"]),
	];

	it("shows goals with their progress on the default scale, and no trajectory", () => {
		const model = dashboard(records);
		expect(model.empty).toBe(false);
		expect(model.header).toBeNull();
		expect(model.trajectories).toEqual([]);
		expect(model.sessions).toEqual([]);
		expect(model.goals.rows).toHaveLength(1);
		expect(model.goals.rows[0]).toMatchObject({
			title: "Say no",
			scale: { min: 1, max: 10 },
			points: [
				{ date: "2026-01-20", rating: 4 },
				{ date: "2026-02-17", rating: 6 },
			],
			reportCount: 2,
			evidenceCount: 1,
			stale: false,
			daysLeft: 92,
		});
	});

	it("counts the rhythm from the first report, with no streak", () => {
		const { rhythm } = dashboard(records);
		expect(rhythm.months).toEqual([
			{ month: "2026-01", reports: 1, cases: 0 },
			{ month: "2026-02", reports: 1, cases: 0 },
			{ month: "2026-03", reports: 0, cases: 0 },
		]);
		expect(rhythm.streak).toBe(0);
	});
});

describe("dashboard of an empty vault", () => {
	it("says so, with nothing in any section", () => {
		const model = dashboard([note("Daily/2026-02-15.md", null, ["Somewhere"]), note("Plain.md", { tags: ["x"] })]);
		expect(model).toEqual({
			today: TODAY,
			me: "Sanne de Vries",
			empty: true,
			trajectories: [],
			header: null,
			goals: { filter: "active", rows: [], total: 0 },
			sessions: [],
			rhythm: { months: [], streak: 0 },
			problems: [],
			reminders: [],
		});
	});
});
