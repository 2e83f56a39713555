import { describe, expect, it } from "vitest";
import { sessionsToRun } from "../../../src/core/facilitation/sessions-to-run";
import type { SessionNote } from "../../../src/core/schema/notes";

const session = (date: string | null, status: SessionNote["status"] = "planned"): SessionNote =>
	({ kind: "session", path: `S/${date ?? "none"}-${status}.md`, title: String(date), date, status, caseBringers: [], cases: [], facilitator: null, method: null, theme: null, attendance: [] }) as unknown as SessionNote;

describe("sessions to run", () => {
	it("offers today's first, then the coming ones, then the past newest first", () => {
		const list = [session("2026-01-10"), session("2026-03-01"), session("2026-02-20"), session("2026-02-10"), session("2026-02-01"), session(null)];
		expect(sessionsToRun(list, "2026-02-10").map((s) => s.date)).toEqual(["2026-02-10", "2026-02-20", "2026-03-01", "2026-02-01", "2026-01-10", null]);
	});

	it("leaves out cancelled and moved sessions", () => {
		expect(sessionsToRun([session("2026-02-10", "cancelled"), session("2026-02-11", "moved"), session("2026-02-12", "held")], "2026-02-10").map((s) => s.date)).toEqual(["2026-02-12"]);
	});
});
