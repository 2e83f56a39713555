import { describe, expect, it } from "vitest";
import { moveSession } from "../../../src/core/planning/move-session";
import { group, session } from "./session-fixture";

const target = "Sessions/Session 3.md";

describe("moveSession", () => {
	it("re-dates one session and leaves the later ones on their days", () => {
		const result = moveSession({ sessions: group(), target, date: "2026-03-16", shiftLater: false });
		expect(result).toEqual({
			ok: true,
			leftOver: [],
			files: [{ path: target, title: "Session 3", number: 3, date: "2026-03-09", changes: [{ key: "date", from: "2026-03-09", to: "2026-03-16" }] }],
		});
	});

	it("shifts every later planned session by the same number of days when asked", () => {
		const result = moveSession({ sessions: group(), target, date: "2026-03-16", shiftLater: true });
		expect(result.ok && result.files.map((f) => [f.title, f.changes.map((c) => `${c.key} ${String(c.from)} → ${String(c.to)}`)])).toEqual([
			["Session 3", ["date 2026-03-09 → 2026-03-16"]],
			["Session 4", ["date 2026-04-06 → 2026-04-13"]],
			["Session 5", ["date 2026-05-04 → 2026-05-11"]],
		]);
	});

	it("never shifts a held or cancelled session, nor an earlier one", () => {
		const sessions = [...group().slice(0, 3), session(4, "2026-04-06", "held", ["Dirk"], "Eva", null), session(5, "2026-05-04", "cancelled", ["Eva"], "Fatima", null), session(6, "2026-06-01", "planned", [], null, null)];
		const result = moveSession({ sessions, target, date: "2026-03-02", shiftLater: true });
		expect(result.ok && result.files.map((f) => f.title)).toEqual(["Session 3", "Session 6"]);
		expect(result.ok && result.files[1]?.changes).toEqual([{ key: "date", from: "2026-06-01", to: "2026-05-25" }]);
	});

	it("refuses a day another session of the trajectory already has, before or after shifting", () => {
		expect(moveSession({ sessions: group(), target, date: "2026-04-06", shiftLater: false })).toEqual({ ok: false, problem: { code: "date-taken", title: "Session 4", date: "2026-04-06" } });
		const withHeld = [...group(), session(6, "2026-06-15", "held", [], null, null)];
		expect(moveSession({ sessions: withHeld, target, date: "2026-04-20", shiftLater: true })).toMatchObject({ ok: false, problem: { code: "date-taken", title: "Session 6" } });
		const withCancelled = [...group(), session(6, "2026-03-16", "cancelled", [], null, null)];
		expect(moveSession({ sessions: withCancelled, target, date: "2026-03-16", shiftLater: false }).ok).toBe(true);
	});

	it.each([
		["a session that is not planned", { target: "Sessions/Session 1.md", date: "2026-01-19" }, "not-planned"],
		["a date that is not a date", { date: "2026-03-32" }, "not-a-date"],
		["the same date", { date: "2026-03-09" }, "same-date"],
	])("refuses %s", (_, change: { target?: string; date: string }, code) => {
		const result = moveSession({ sessions: group(), target, shiftLater: false, ...change });
		expect(result.ok ? null : result.problem.code).toBe(code);
	});

	it("cannot shift later sessions from a session without a date", () => {
		const sessions = [...group().slice(0, 2), session(3, null, "planned", ["Carla"], "Dirk", "Eva"), ...group().slice(3)];
		const result = moveSession({ sessions, target, date: "2026-03-16", shiftLater: true });
		expect(result.ok ? null : result.problem.code).toBe("no-date");
		expect(moveSession({ sessions, target, date: "2026-03-16", shiftLater: false }).ok).toBe(true);
	});

	it("refuses to change a note written by a newer version", () => {
		const sessions = group().map((s) => (s.number === 4 ? { ...s, newerSchema: true } : s));
		expect(moveSession({ sessions, target, date: "2026-03-16", shiftLater: true })).toEqual({ ok: false, problem: { code: "newer-schema", title: "Session 4" } });
	});
});
