import { describe, expect, it } from "vitest";
import { facilitatorModel, trajectory } from "./fixture";

describe("an empty group", () => {
	it("is empty with no members and no sessions, and every section is an empty list", () => {
		const m = facilitatorModel({ trajectory: trajectory({ members: [], "sessions-planned": null }), sessions: [], members: [] });
		expect(m.empty).toBe(true);
		expect(m.header).toMatchObject({ members: [], sessionsHeld: 0, sessionsPlanned: 0, next: null });
		expect([m.sessions, m.attendance, m.rotation, m.missingReports, m.themes, m.methods, m.members]).toEqual([[], [], [], [], [], [], []]);
	});

	it("is not empty once the trajectory names members, even before any session", () => {
		const m = facilitatorModel({ sessions: [], members: [] });
		expect(m.empty).toBe(false);
		expect(m.attendance.every((r) => r.cells.length === 0)).toBe(true);
		expect(m.rotation.every((r) => r.notYet && r.next === null)).toBe(true);
		expect(m.members.every((c) => c.folder === null && c.goals.length === 0)).toBe(true);
	});
});
