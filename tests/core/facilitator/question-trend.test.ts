import { describe, expect, it } from "vitest";
import { facilitatorModel, member, members, ownSessions, session } from "./fixture";

const tally = (open: number, closed: number, advice: number, leading: number, helped: number) => ({
	"questions-open": open,
	"questions-closed": closed,
	"questions-advice": advice,
	"questions-leading": leading,
	"questions-helped": helped,
});

describe("questions over the trajectory", () => {
	it("is empty while no session note holds a tally, and counts the held sessions without one", () => {
		const { questions } = facilitatorModel();
		expect(questions.sessions).toEqual([]);
		// Sessions 1, 2 and 4 were held; 3 was cancelled and 5 is still to come.
		expect(questions.untallied).toBe(3);
	});

	it("reads the tally from the facilitator's own note, oldest session first", () => {
		const own = ownSessions();
		own[0] = session(1, { id: "session-1", date: "2026-01-20", status: "held", ...tally(3, 4, 2, 1, 1) });
		own[3] = session(4, { date: "2026-03-17", status: "held", ...tally(7, 2, 1, 0, 3) });
		const { questions } = facilitatorModel({ sessions: own });
		expect(questions.sessions.map((s) => [s.number, s.date, s.title, s.sharedBy, s.questions.openPercent])).toEqual([
			[1, "2026-01-20", "Session 1", null, 30],
			[4, "2026-03-17", "Session 4", null, 70],
		]);
		expect(questions.sessions[1]?.questions).toEqual({ open: 7, closed: 2, advice: 1, leading: 0, helped: 3, total: 10, openPercent: 70 });
		expect(questions.untallied).toBe(1);
	});

	it("falls back to a member's shared copy of the session when the facilitator's own note has no tally", () => {
		const group = members();
		group[2] = member("Chris", [["session", "Bijeenkomst 4.md", { date: "2026-03-17", number: 4, status: "held", ...tally(5, 5, 0, 0, 2) }]]);
		const { questions } = facilitatorModel({ members: group });
		expect(questions.sessions).toHaveLength(1);
		expect(questions.sessions[0]).toMatchObject({ number: 4, path: "Intervisie/Sessions/Session 4.md", sharedBy: "Chris", tallyPath: `Intervisie/Groepen/Team leads 2026/Chris/Bijeenkomst 4.md` });
		expect(questions.sessions[0]?.questions.openPercent).toBe(50);
	});

	it("prefers the facilitator's own tally over a member's copy", () => {
		const own = ownSessions();
		own[3] = session(4, { date: "2026-03-17", status: "held", ...tally(1, 0, 0, 0, 0) });
		const group = members();
		group[2] = member("Chris", [["session", "Bijeenkomst 4.md", { date: "2026-03-17", number: 4, status: "held", ...tally(5, 5, 0, 0, 2) }]]);
		expect(facilitatorModel({ sessions: own, members: group }).questions.sessions[0]).toMatchObject({ sharedBy: null, questions: { open: 1, total: 1 } });
	});

	it("leaves out sessions that were not held, even with a tally", () => {
		const own = ownSessions();
		own[2] = session(3, { date: "2026-03-03", status: "cancelled", ...tally(1, 1, 0, 0, 0) });
		own[4] = session(5, { date: "2026-04-14", status: "planned", ...tally(1, 1, 0, 0, 0) });
		expect(facilitatorModel({ sessions: own }).questions.sessions).toEqual([]);
	});
});
