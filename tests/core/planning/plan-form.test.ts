import { describe, expect, it } from "vitest";
import { planFromForm } from "../../../src/core/planning/plan-form";
import type { PlanForm } from "../../../src/core/planning/plan-form";

const SIX = ["Anna", "Bram", "Carla", "Dirk", "Eva", "Fatima"];
const form: PlanForm = { rhythm: "spread", count: "5", start: "2026-01-12", outside: false, outsideName: "" };
const context = { members: SIX, end: "2026-11-30", existing: [] };

describe("planFromForm", () => {
	it("spreads the sessions over the trajectory's period", () => {
		const result = planFromForm(form, context);
		expect(result.ok && result.plan.map((s) => s.date)).toEqual(["2026-01-12", "2026-04-03", "2026-06-22", "2026-09-11", "2026-11-30"]);
	});

	it("spreads over a year when the trajectory has no end", () => {
		const result = planFromForm({ ...form, count: "2" }, { ...context, end: null });
		expect(result.ok && result.plan.map((s) => s.date)).toEqual(["2026-01-12", "2027-01-12"]);
	});

	it("plans every few weeks, ignoring the trajectory's end", () => {
		const result = planFromForm({ ...form, rhythm: "3", count: "3" }, context);
		expect(result.ok && result.plan.map((s) => s.date)).toEqual(["2026-01-12", "2026-02-02", "2026-02-23"]);
	});

	it("lets an outside facilitator lead every session", () => {
		const result = planFromForm({ ...form, outside: true, outsideName: " Marieke Smit " }, context);
		expect(result.ok && result.outsideFacilitator).toBe("Marieke Smit");
		expect(result.ok && result.plan.every((s) => s.facilitator === "Marieke Smit")).toBe(true);
	});

	it.each([
		["a count that is not a whole number", { count: "two" }, "count"],
		["zero sessions", { count: "0" }, "count"],
		["more than fifty sessions", { count: "51" }, "count"],
		["a start that is not a date", { start: "12-01-2026" }, "start"],
		["an interval out of range", { rhythm: "8" }, "rhythm"],
		["an outside facilitator without a name", { outside: true, outsideName: " " }, "outside-name"],
		["an outside facilitator who is a member", { outside: true, outsideName: "carla" }, "outside-is-member"],
		["a start after the trajectory's end", { start: "2026-12-01" }, "end-before-start"],
		["more sessions than days", { start: "2026-11-28" }, "too-many"],
	])("refuses %s", (_, change, code) => {
		const result = planFromForm({ ...form, ...change }, context);
		expect(result.ok ? null : result.problem.code).toBe(code);
	});

	it("needs two members without an outside facilitator", () => {
		const result = planFromForm(form, { ...context, members: ["Anna"] });
		expect(result.ok ? null : result.problem.code).toBe("too-few-members");
	});
});
