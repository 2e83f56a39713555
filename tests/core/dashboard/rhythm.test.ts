import { describe, expect, it } from "vitest";
import { dashboard, groupVault, note } from "./fixture";

describe("dashboard rhythm", () => {
	it("counts my reports and cases per month from the trajectory's start to today", () => {
		expect(dashboard(groupVault()).rhythm.months).toEqual([
			{ month: "2026-01", reports: 1, cases: 0 },
			{ month: "2026-02", reports: 1, cases: 2 },
			{ month: "2026-03", reports: 0, cases: 0 },
		]);
	});

	it("ends with the trajectory when it ended before today", () => {
		expect(dashboard(groupVault(), { today: "2026-09-15" }).rhythm.months.map((m) => m.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"]);
	});

	it("shows ten years at most", () => {
		const records = groupVault().map((r) => (r.path.startsWith("Intervisie/Trajectories/") ? note(r.path, { ...r.frontmatter, start: "0026-01-12" }) : r));
		const { months } = dashboard(records).rhythm;
		expect(months).toHaveLength(120);
		expect(months[0]?.month).toBe("2016-04");
		expect(months[months.length - 1]).toEqual({ month: "2026-03", reports: 0, cases: 0 });
	});

	it("starts at the first note when the trajectory has no start", () => {
		const records = groupVault().map((r) => (r.path.startsWith("Intervisie/Trajectories/") ? note(r.path, { ...r.frontmatter, start: null, end: null }) : r));
		expect(dashboard(records, { today: "2026-02-10" }).rhythm.months.map((m) => m.month)).toEqual(["2026-01", "2026-02"]);
	});

	it("counts the streak of latest held sessions with a report of mine", () => {
		expect(dashboard(groupVault()).rhythm.streak).toBe(0);
		expect(dashboard(groupVault(), { today: "2026-02-20" }).rhythm.streak).toBe(2);
		const reported = [...groupVault(), note("Reports/2026-02-23 Report session 3.md", { intervisie: "report", date: "2026-02-23", session: "[[Session 3]]" })];
		expect(dashboard(reported).rhythm.streak).toBe(3);
		const absent = groupVault().map((r) => (r.path === "Sessions/Session 3.md" ? note(r.path, { ...r.frontmatter, attendance: ["Joris Bakker"] }) : r));
		expect(dashboard(absent).rhythm.streak).toBe(2);
		const gap = groupVault().filter((r) => r.path !== "Reports/2026-01-12 Report session 1.md");
		expect(dashboard(gap, { today: "2026-02-20" }).rhythm.streak).toBe(1);
	});
});
