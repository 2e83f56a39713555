import { describe, expect, it } from "vitest";
import { PlanError, planSessions } from "../../../src/core/planning/plan-sessions";

const SIX = ["Anna", "Bram", "Carla", "Dirk", "Eva", "Fatima"];

describe("planSessions dates", () => {
	it("spreads 6 members × 5 sessions evenly over a year, first on start and last on end", () => {
		const plan = planSessions({ members: SIX, start: "2026-01-12", end: "2026-11-30", sessions: 5 });
		expect(plan.map((s) => s.date)).toEqual(["2026-01-12", "2026-04-03", "2026-06-22", "2026-09-11", "2026-11-30"]);
		expect(plan.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
		const bringers = plan.map((s) => s.caseBringer);
		expect(new Set(bringers).size).toBe(5);
		expect(bringers).toEqual(["Anna", "Bram", "Carla", "Dirk", "Eva"]);
		expect(plan.map((s) => s.facilitator)).toEqual(["Bram", "Carla", "Dirk", "Eva", "Fatima"]);
	});

	it("spreads over a year from start when neither end nor interval is given", () => {
		const plan = planSessions({ members: SIX, start: "2026-01-12", sessions: 2 });
		expect(plan.map((s) => s.date)).toEqual(["2026-01-12", "2027-01-12"]);
	});

	it("plans every 6 weeks", () => {
		const plan = planSessions({ members: SIX, start: "2026-01-12", sessions: 4, every: { weeks: 6 } });
		expect(plan.map((s) => s.date)).toEqual(["2026-01-12", "2026-02-23", "2026-04-06", "2026-05-18"]);
	});

	it("plans a single session on the start day", () => {
		expect(planSessions({ members: SIX, start: "2026-03-01", end: "2026-03-01", sessions: 1 })).toEqual([
			{ number: 1, date: "2026-03-01", caseBringer: "Anna", facilitator: "Bram", noteTaker: "Carla" },
		]);
	});
});

describe("planSessions rotation", () => {
	it("lets everyone bring a case once before anyone brings a second (6 members × 8 sessions)", () => {
		const plan = planSessions({ members: SIX, start: "2026-01-12", sessions: 8, every: { weeks: 4 } });
		const bringers = plan.map((s) => s.caseBringer);
		expect(new Set(bringers.slice(0, 6)).size).toBe(6);
		expect(bringers.slice(6)).toEqual(["Anna", "Bram"]);
	});

	it("never lets the case-bringer facilitate, and spreads both roles evenly", () => {
		let configurations = 0;
		for (let memberCount = 2; memberCount <= 8; memberCount++) {
			for (let sessions = 1; sessions <= 12; sessions++) {
				for (let offset = 0; offset < 3; offset++) {
					const members = Array.from({ length: memberCount }, (_, i) => `M${(i * 7 + offset) % 11}-${i}`);
					const existing = offset === 0 ? [] : [{ date: "2025-12-01", caseBringers: [members[offset % memberCount] ?? ""], facilitator: null, status: offset === 1 ? "held" : "cancelled" }];
					const plan = planSessions({ members, start: "2026-01-05", sessions, every: { weeks: 2 + ((memberCount + sessions) % 5) }, existing });
					configurations++;
					expect(plan).toHaveLength(sessions);
					for (const session of plan) expect(session.facilitator).not.toBe(session.caseBringer);
					const brings = members.map((m) => plan.filter((s) => s.caseBringer === m).length);
					const leads = members.map((m) => plan.filter((s) => s.facilitator === m).length);
					expect(Math.max(...brings) - Math.min(...brings)).toBeLessThanOrEqual(1);
					expect(Math.max(...leads) - Math.min(...leads)).toBeLessThanOrEqual(memberCount === 2 ? 1 : 2);
				}
			}
		}
		expect(configurations).toBeGreaterThanOrEqual(200);
	});

	it("lets an outside facilitator lead every session", () => {
		const plan = planSessions({ members: ["Anna"], start: "2026-01-12", sessions: 3, every: { weeks: 2 }, outsideFacilitator: "Coach Kim" });
		expect(plan.map((s) => s.facilitator)).toEqual(["Coach Kim", "Coach Kim", "Coach Kim"]);
		expect(plan.map((s) => s.caseBringer)).toEqual(["Anna", "Anna", "Anna"]);
	});

	it("continues the rotation after existing held sessions", () => {
		const plan = planSessions({
			members: SIX,
			start: "2026-06-01",
			sessions: 3,
			every: { weeks: 6 },
			existing: [
				{ date: "2026-02-01", caseBringers: ["Anna"], facilitator: "Bram", status: "held" },
				{ date: "2026-04-01", caseBringers: ["Bram"], facilitator: "Carla", status: "held" },
			],
		});
		expect(plan.map((s) => s.caseBringer)).toEqual(["Carla", "Dirk", "Eva"]);
		expect(plan.map((s) => s.facilitator)).toEqual(["Dirk", "Eva", "Fatima"]);
	});

	it("gives the bringer of a cancelled session the next turn", () => {
		const plan = planSessions({
			members: SIX,
			start: "2026-06-01",
			sessions: 2,
			every: { weeks: 6 },
			existing: [
				{ date: "2026-02-01", caseBringers: ["Anna"], facilitator: "Bram", status: "held" },
				{ date: "2026-04-01", caseBringers: ["Bram"], facilitator: "Carla", status: "cancelled" },
			],
		});
		expect(plan.map((s) => s.caseBringer)).toEqual(["Bram", "Carla"]);
	});
});

describe("planSessions note-takers", () => {
	it("rotates the note-taker too, never the case-bringer or the facilitator", () => {
		const plan = planSessions({ members: SIX, start: "2026-01-12", end: "2026-11-30", sessions: 5 });
		expect(plan.map((s) => s.noteTaker)).toEqual(["Carla", "Dirk", "Eva", "Fatima", "Anna"]);
	});

	it("keeps all three roles apart and spreads note-taking evenly in groups of three or more", () => {
		for (let memberCount = 2; memberCount <= 8; memberCount++) {
			for (let sessions = 1; sessions <= 12; sessions++) {
				const members = Array.from({ length: memberCount }, (_, i) => `M${i}`);
				const plan = planSessions({ members, start: "2026-01-05", sessions, every: { weeks: 3 } });
				for (const session of plan) {
					expect(session.noteTaker).not.toBe(session.caseBringer);
					if (memberCount >= 3) expect(session.noteTaker).not.toBe(session.facilitator);
					else expect(session.noteTaker).toBe(session.facilitator);
				}
				if (memberCount >= 3) {
					const takes = members.map((m) => plan.filter((s) => s.noteTaker === m).length);
					expect(Math.max(...takes) - Math.min(...takes)).toBeLessThanOrEqual(2);
				}
			}
		}
	});

	it("with an outside facilitator, gives note-taking to a member other than the case-bringer", () => {
		const plan = planSessions({ members: ["Anna", "Bram", "Carla"], start: "2026-01-12", sessions: 3, every: { weeks: 4 }, outsideFacilitator: "Coach Kim" });
		expect(plan.map((s) => [s.caseBringer, s.facilitator, s.noteTaker])).toEqual([
			["Anna", "Coach Kim", "Bram"],
			["Bram", "Coach Kim", "Carla"],
			["Carla", "Coach Kim", "Anna"],
		]);
		const alone = planSessions({ members: ["Anna"], start: "2026-01-12", sessions: 1, every: { weeks: 2 }, outsideFacilitator: "Coach Kim" });
		expect(alone[0]?.noteTaker).toBeNull();
	});

	it("counts the note-takers of existing sessions", () => {
		const plan = planSessions({
			members: ["Anna", "Bram", "Carla", "Dirk"],
			start: "2026-06-01",
			sessions: 1,
			every: { weeks: 4 },
			existing: [{ date: "2026-02-01", caseBringers: ["Anna"], facilitator: "Bram", noteTaker: "Carla", status: "held" }],
		});
		expect(plan[0]).toMatchObject({ caseBringer: "Bram", facilitator: "Carla", noteTaker: "Dirk" });
	});
	it("recognises names in existing sessions whatever their letter case", () => {
		const plan = planSessions({
			members: ["Anna", "Bram", "Carla", "Dirk"],
			start: "2026-06-01",
			sessions: 1,
			every: { weeks: 4 },
			existing: [{ date: "2026-02-01", caseBringers: ["anna"], facilitator: "bram", noteTaker: "CARLA", status: "held" }],
		});
		expect(plan[0]).toMatchObject({ caseBringer: "Bram", facilitator: "Carla", noteTaker: "Dirk" });
	});
});

describe("planSessions after existing sessions", () => {
	it("numbers on after the highest existing number, or after the number of existing sessions", () => {
		const numbered = [
			{ date: "2026-01-01", number: 1, caseBringers: [], facilitator: null, status: "held" },
			{ date: "2026-02-01", number: 4, caseBringers: [], facilitator: null, status: "cancelled" },
		];
		expect(planSessions({ members: SIX, start: "2026-06-01", sessions: 2, every: { weeks: 4 }, existing: numbered }).map((s) => s.number)).toEqual([5, 6]);
		const unnumbered = numbered.map((s) => ({ ...s, number: null }));
		expect(planSessions({ members: SIX, start: "2026-06-01", sessions: 1, every: { weeks: 4 }, existing: unnumbered })[0]?.number).toBe(3);
	});

	it("moves a planned date that an existing session already has one week on, keeping the order", () => {
		const existing = [
			{ date: "2026-06-29", caseBringers: [], facilitator: null, status: "planned" },
			{ date: "2026-07-06", caseBringers: [], facilitator: null, status: "held" },
			{ date: "2026-07-27", caseBringers: [], facilitator: null, status: "cancelled" },
		];
		const plan = planSessions({ members: SIX, start: "2026-06-01", sessions: 3, every: { weeks: 4 }, existing });
		expect(plan.map((s) => s.date)).toEqual(["2026-06-01", "2026-07-13", "2026-07-27"]);
	});
});

describe("planSessions errors", () => {
	const base = { members: SIX, start: "2026-01-12", sessions: 5 };
	it.each([
		["an interval of 1 week", { ...base, every: { weeks: 1 } }, /2 to 6 whole weeks/],
		["an interval of 7 weeks", { ...base, every: { weeks: 7 } }, /2 to 6 whole weeks/],
		["one member without outside facilitator", { ...base, members: ["Anna"] }, /at least two members/],
		["no members", { ...base, members: [] }, /needs members/],
		["a bad start date", { ...base, start: "2026-02-30" }, /Start is not a date/],
		["a bad end date", { ...base, end: "next year" }, /End is not a date/],
		["an end before the start", { ...base, end: "2025-12-01" }, /before start/],
		["zero sessions", { ...base, sessions: 0 }, /at least 1/],
		["a fractional session count", { ...base, sessions: 2.5 }, /whole number/],
		["duplicate member names", { ...base, members: ["Anna", "Bram", "anna"] }, /named twice/],
		["both end and interval", { ...base, end: "2026-12-01", every: { weeks: 4 } }, /either an end date or an interval/],
		["more sessions than days", { ...base, end: "2026-01-14" }, /do not fit/],
		["an outside facilitator who is a member", { ...base, outsideFacilitator: "Anna" }, /also a member/],
	])("throws a PlanError for %s", (_, input, message) => {
		expect(() => planSessions(input)).toThrow(PlanError);
		expect(() => planSessions(input)).toThrow(message);
	});
});
