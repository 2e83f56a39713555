import { describe, expect, it } from "vitest";
import { facilitatorModel, GROUP, MEMBERS, ownSessions, session, trajectory } from "./fixture";

describe("facilitator sessions and header", () => {
	it("lists each session once, by date: own notes first, a member's copy by id or by date and number", () => {
		const m = facilitatorModel();
		expect(m.sessions.map((s) => [s.path, s.state, s.sharedBy])).toEqual([
			["Intervisie/Sessions/Session 1.md", "held", null],
			["Intervisie/Sessions/Session 2.md", "held", null],
			["Intervisie/Sessions/Session 3.md", "cancelled", null],
			["Intervisie/Sessions/Session 4.md", "held", null],
			["Intervisie/Sessions/Session 5.md", "planned", null],
			[`${GROUP}/Dewi/Session 6.md`, "planned", "Dewi"],
		]);
		expect(m.sessions[0]).toMatchObject({ title: "Session 1", number: 1, date: "2026-01-20", caseBringers: ["Anna"], theme: "Listening", method: "six-phase" });
	});

	it("keeps two sessions on one day apart when both are numbered differently", () => {
		const sessions = [session(1, { date: "2026-01-20", status: "held" }), session(2, { date: "2026-01-20", status: "held" })];
		expect(facilitatorModel({ sessions, members: [] }).sessions).toHaveLength(2);
	});

	it("heads the view with the trajectory, its members and the sessions held and planned", () => {
		const { header } = facilitatorModel();
		expect(header).toEqual({
			path: "Intervisie/Trajectories/Team leads 2026.md",
			name: "Team leads 2026",
			start: null,
			end: null,
			facilitator: "Marleen",
			members: [...MEMBERS, "Gijs"],
			sessionsHeld: 3,
			sessionsPlanned: 6,
			next: { path: "Intervisie/Sessions/Session 5.md", number: 5, date: "2026-04-14", daysToGo: 13 },
			scale: { min: 1, max: 10 },
		});
	});

	it("counts the sessions that were not cancelled or moved when the trajectory plans no number", () => {
		const sessions = [...ownSessions(), session(7, { date: "2026-06-01", status: "moved" })];
		const { header } = facilitatorModel({ trajectory: trajectory({ "sessions-planned": null }), sessions });
		expect(header.sessionsPlanned).toBe(5);
	});
});
