import { describe, expect, it } from "vitest";
import { cancelSession } from "../../../src/core/planning/cancel-session";
import type { ChangeResult } from "../../../src/core/planning/session-changes";
import { group, session, SIX } from "./session-fixture";

function summary(result: ChangeResult): string[] {
	if (!result.ok) throw new Error(`refused: ${result.problem.code}`);
	return result.files.map((f) => `${f.title}: ${f.changes.map((c) => `${c.key} ${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}`).join("; ")}`);
}

describe("cancelSession", () => {
	it("marks the session cancelled and carries its case-bringer's turn forward; the last turn has no session left", () => {
		const result = cancelSession({ sessions: group(), target: "Sessions/Session 2.md", members: SIX });
		expect(summary(result)).toEqual([
			'Session 2: status "planned" → "cancelled"',
			'Session 3: case-bringers ["Carla"] → ["Bram"]',
			'Session 4: case-bringers ["Dirk"] → ["Carla"]',
			'Session 5: case-bringers ["Eva"] → ["Dirk"]',
		]);
		expect(result.ok && result.leftOver).toEqual(["Eva"]);
	});

	it("reports the cancelled session's own case-bringer as left over when no planned session follows", () => {
		const result = cancelSession({ sessions: group(), target: "Sessions/Session 5.md", members: SIX });
		expect(summary(result)).toEqual(['Session 5: status "planned" → "cancelled"']);
		expect(result.ok && result.leftOver).toEqual(["Eva"]);
	});

	it("gives a new facilitator, fairly, when the carried case-bringer was to lead that session", () => {
		const sessions = group().map((s) => (s.number === 3 ? { ...s, facilitator: "Bram" } : s));
		expect(summary(cancelSession({ sessions, target: "Sessions/Session 2.md", members: SIX }))[1]).toBe('Session 3: case-bringers ["Carla"] → ["Bram"]; facilitator "Bram" → "Carla"');
	});

	it("gives a new note-taker, fairly, when the carried case-bringer was to take notes", () => {
		const sessions = group().map((s) => (s.number === 4 ? { ...s, noteTaker: "Carla" } : s));
		expect(summary(cancelSession({ sessions, target: "Sessions/Session 2.md", members: SIX }))[2]).toBe('Session 4: case-bringers ["Dirk"] → ["Carla"]; note-taker "Carla" → "Dirk"');
	});

	it("moves two case-bringers of a long session together", () => {
		const sessions = group().map((s) => (s.number === 2 ? { ...s, caseBringers: ["Bram", "Anna"] } : s));
		const result = cancelSession({ sessions, target: "Sessions/Session 2.md", members: SIX });
		expect(summary(result)[1]).toBe('Session 3: case-bringers ["Carla"] → ["Bram","Anna"]');
	});

	it("leaves held and cancelled sessions alone: only planned sessions after the cancelled one take part", () => {
		const sessions = [...group().slice(0, 3), session(4, "2026-04-06", "held", ["Dirk"], "Eva", "Fatima"), session(5, "2026-05-04", "cancelled", ["Eva"], "Fatima", "Anna"), session(6, "2026-06-01", "planned", ["Fatima"], "Anna", "Bram")];
		const result = cancelSession({ sessions, target: "Sessions/Session 2.md", members: SIX });
		expect(summary(result)).toEqual(['Session 2: status "planned" → "cancelled"', 'Session 3: case-bringers ["Carla"] → ["Bram"]', 'Session 6: case-bringers ["Fatima"] → ["Carla"]']);
		expect(result.ok && result.leftOver).toEqual(["Fatima"]);
	});

	it("lets a planned session without a case-bringer take the carried turn, and stops there", () => {
		const sessions = group().map((s) => (s.number === 4 ? { ...s, caseBringers: [] } : s));
		const result = cancelSession({ sessions, target: "Sessions/Session 2.md", members: SIX });
		expect(summary(result)).toEqual(['Session 2: status "planned" → "cancelled"', 'Session 3: case-bringers ["Carla"] → ["Bram"]', 'Session 4: case-bringers [] → ["Carla"]']);
		expect(result.ok && result.leftOver).toEqual([]);
	});

	it("only changes the status when the cancelled session had no case-bringer", () => {
		const sessions = group().map((s) => (s.number === 2 ? { ...s, caseBringers: [] } : s));
		expect(summary(cancelSession({ sessions, target: "Sessions/Session 2.md", members: SIX }))).toEqual(['Session 2: status "planned" → "cancelled"']);
	});

	it("refuses a session that is not planned, and notes written by a newer version", () => {
		expect(cancelSession({ sessions: group(), target: "Sessions/Session 1.md", members: SIX })).toEqual({ ok: false, problem: { code: "not-planned", status: "held" } });
		const sessions = group().map((s) => (s.number === 5 ? { ...s, newerSchema: true } : s));
		expect(cancelSession({ sessions, target: "Sessions/Session 2.md", members: SIX })).toEqual({ ok: false, problem: { code: "newer-schema", title: "Session 5" } });
	});

	it("keeps the roles apart after any cancellation in a planned rotation", () => {
		for (let cancelled = 2; cancelled <= 5; cancelled++) {
			const result = cancelSession({ sessions: group(), target: `Sessions/Session ${cancelled}.md`, members: SIX });
			if (!result.ok) throw new Error("refused");
			const after = group().map((s) => {
				const file = result.files.find((f) => f.path === s.path);
				const value = (key: string, fallback: unknown) => file?.changes.find((c) => c.key === key)?.to ?? fallback;
				return { bringers: value("case-bringers", s.caseBringers) as string[], facilitator: value("facilitator", s.facilitator), noteTaker: value("note-taker", s.noteTaker) };
			});
			for (const s of after) {
				expect(s.bringers).not.toContain(s.facilitator);
				expect(s.bringers).not.toContain(s.noteTaker);
			}
		}
	});
});
