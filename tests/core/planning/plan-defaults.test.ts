import { describe, expect, it } from "vitest";
import { planDefaults } from "../../../src/core/planning/plan-defaults";

const trajectory = { start: "2026-01-12", end: "2026-11-30", members: ["Anna", "Bram", "Carla"], facilitator: "Marieke Smit", sessionsPlanned: null };

describe("planDefaults", () => {
	it("plans five sessions a year of the trajectory's period, from its start, with its outside facilitator", () => {
		expect(planDefaults({ trajectory, sessions: [], today: "2026-01-01" })).toEqual({ count: 5, start: "2026-01-12", outsideFacilitator: "Marieke Smit" });
		expect(planDefaults({ trajectory: { ...trajectory, end: "2026-07-11" }, sessions: [], today: "2026-01-01" }).count).toBe(3);
		expect(planDefaults({ trajectory: { ...trajectory, end: null }, sessions: [], today: "2026-01-01" }).count).toBe(5);
	});

	it("takes sessions-planned, minus the sessions the trajectory already has (cancelled ones do not count)", () => {
		const sessions = [
			{ date: "2026-01-26", status: "held" },
			{ date: "2026-02-23", status: "cancelled" },
			{ date: "2026-03-23", status: "planned" },
		];
		const defaults = planDefaults({ trajectory: { ...trajectory, sessionsPlanned: 6 }, sessions, today: "2026-02-01" });
		expect(defaults.count).toBe(4);
		expect(defaults.start).toBe("2026-04-06");
	});

	it("starts today when the trajectory started earlier, and plans at least one session", () => {
		const defaults = planDefaults({ trajectory: { ...trajectory, sessionsPlanned: 1 }, sessions: [{ date: "2026-01-26", status: "held" }], today: "2026-03-10" });
		expect(defaults).toMatchObject({ count: 1, start: "2026-03-10" });
	});

	it("has no outside facilitator when the trajectory's facilitator is a member, or there is none", () => {
		expect(planDefaults({ trajectory: { ...trajectory, facilitator: "bram" }, sessions: [], today: "2026-01-01" }).outsideFacilitator).toBeNull();
		expect(planDefaults({ trajectory: { ...trajectory, facilitator: null }, sessions: [], today: "2026-01-01" }).outsideFacilitator).toBeNull();
	});
});
