import { describe, expect, it } from "vitest";
import { checkRows, hasErrors, rowsFromPlan, sessionInputs } from "../../../src/core/planning/plan-rows";
import type { PlanRow } from "../../../src/core/planning/plan-rows";

const members = ["Anna", "Bram", "Carla", "Dirk"];
const context = { members, takenDates: ["2026-03-02"], end: "2026-06-30" };
const row = (change: Partial<PlanRow> = {}): PlanRow => ({ number: 1, date: "2026-02-02", caseBringers: ["Anna"], facilitator: "Bram", noteTaker: "Carla", theme: null, ...change });
// The rotation check has tests of its own below; these rows repeat one case-bringer on purpose.
const codes = (rows: PlanRow[]) => checkRows(rows, context).map((messages) => messages.filter((m) => m.code !== "second-turn-early").map((m) => `${m.severity}:${m.code}`));

describe("rowsFromPlan", () => {
	it("makes one editable row per planned session, without a theme", () => {
		expect(rowsFromPlan([{ number: 4, date: "2026-02-02", caseBringer: "Anna", facilitator: "Bram", noteTaker: null }])).toEqual([
			{ number: 4, date: "2026-02-02", caseBringers: ["Anna"], facilitator: "Bram", noteTaker: null, theme: null },
		]);
	});
});

describe("checkRows", () => {
	it("accepts a row that keeps the roles apart", () => {
		expect(codes([row()])).toEqual([[]]);
		expect(hasErrors(checkRows([row()], context))).toBe(false);
	});

	it("refuses a facilitator who brings a case, also one of two case-bringers and in another letter case", () => {
		const checks = checkRows([row({ caseBringers: ["Anna", "Bram"], facilitator: "bram" })], context);
		expect(checks[0]).toEqual([{ severity: "error", code: "facilitator-brings", name: "bram" }]);
		expect(hasErrors(checks)).toBe(true);
	});

	it("refuses a date that is not a date, that an existing session has, or that two rows share", () => {
		expect(codes([row({ date: "2026-02-30" })])).toEqual([["error:not-a-date"]]);
		expect(codes([row({ date: "2026-03-02" })])).toEqual([["error:date-taken"]]);
		expect(codes([row(), row({ number: 2 })])).toEqual([["error:date-twice"], ["error:date-twice"]]);
	});

	it("warns about a note-taker with another role, a missing case-bringer, a name that is not a member, a date after the end", () => {
		expect(codes([row({ noteTaker: "Anna" })])).toEqual([["warning:note-taker-brings"]]);
		expect(codes([row({ noteTaker: "Bram" })])).toEqual([["warning:note-taker-facilitates"]]);
		expect(codes([row({ caseBringers: [] })])).toEqual([["warning:no-case-bringer"]]);
		expect(checkRows([row({ caseBringers: ["Ana"] })], context)[0]).toEqual([{ severity: "warning", code: "not-a-member", name: "Ana" }]);
		expect(codes([row({ date: "2026-07-06" })])).toEqual([["warning:after-end"]]);
		expect(hasErrors(checkRows([row({ noteTaker: "Anna" })], context))).toBe(false);
	});

	it("lets the facilitator take notes in a group of two", () => {
		const two = { ...context, members: ["Anna", "Bram"] };
		expect(checkRows([row({ noteTaker: "Bram" })], two)).toEqual([[]]);
	});
});

describe("sessionInputs", () => {
	it("turns the rows into planned sessions of the trajectory, with the method and the theme", () => {
		expect(sessionInputs([row({ theme: "Listening" })], { trajectory: "Team leads 2026", method: "six-phase" })).toEqual([
			{
				date: "2026-02-02",
				number: 1,
				trajectory: "Team leads 2026",
				status: "planned",
				caseBringers: ["Anna"],
				facilitator: "Bram",
				noteTaker: "Carla",
				method: "six-phase",
				theme: "Listening",
				attendance: [],
			},
		]);
	});
});

describe("the rotation after hand edits", () => {
	const plan = (bringers: string[], turnsSoFar?: Record<string, number>) =>
		checkRows(
			bringers.map((name, i) => row({ number: i + 1, date: `2026-0${i + 2}-02`, caseBringers: [name], facilitator: "Zoe", noteTaker: null })),
			{ ...context, takenDates: [], turnsSoFar },
		).map((messages) => messages.filter((m) => m.code === "second-turn-early"));

	it("warns, naming who is still waiting, when someone brings a second case before everyone had one", () => {
		const checks = plan(["Anna", "Bram", "Anna"]);
		expect(checks[0]).toEqual([]);
		expect(checks[2]).toEqual([{ severity: "warning", code: "second-turn-early", name: "Anna", waiting: ["Carla", "Dirk"] }]);
	});

	it("is quiet for a fair rotation, and counts the turns of sessions already held", () => {
		expect(plan(["Anna", "Bram", "Carla", "Dirk", "Anna"]).flat()).toEqual([]);
		expect(plan(["Carla", "Dirk", "Anna"], { Anna: 1, Bram: 1 }).flat()).toEqual([]);
	});
});
