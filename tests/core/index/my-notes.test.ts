import { describe, expect, it } from "vitest";
import { MyNotes } from "../../../src/core/index/my-notes";
import { NoteIndex } from "../../../src/core/index/note-index";
import type { LinkResolver } from "../../../src/core/schema/note-record";
import { record } from "../record";

const resolver: LinkResolver = { resolve: (link) => `${link}.md` };

function notes(): MyNotes {
	const index = new NoteIndex({ me: "Sanne" });
	index.upsert(record("S1.md", { intervisie: "session", date: "2026-01-12", number: 1, cases: ["[[C1]]"], "case-bringers": ["Joris"] }));
	index.upsert(record("S2.md", { intervisie: "session", date: "2026-02-23", number: 2 }));
	index.upsert(record("S3.md", { intervisie: "session", date: "2026-04-06", number: 3 }));
	index.upsert(record("S0.md", { intervisie: "session", date: "2026-02-20", status: "cancelled" }));
	index.upsert(record("C1.md", { intervisie: "case", session: "[[S1]]", question: "Hoe?" }));
	index.upsert(record("C2.md", { intervisie: "case", session: "[[S2]]", author: "Joris" }));
	index.upsert(record("R1.md", { intervisie: "report", date: "2026-01-12", session: "[[S1]]" }));
	index.upsert(record("R-other.md", { intervisie: "report", date: "2026-02-23", session: "[[S2]]", author: "Joris" }));
	index.upsert(record("G1.md", { intervisie: "goal" }));
	index.upsert(record("G2.md", { intervisie: "goal", status: "paused" }));
	index.upsert(record("G3.md", { intervisie: "goal", author: "Joris" }));
	index.upsert(record("Plain.md", { title: "x" }));
	return new MyNotes(index, resolver, "sanne");
}

describe("MyNotes", () => {
	it("finds the newest past session without a report of mine, skipping cancelled ones", () => {
		expect(notes().latestSessionWithoutMyReport("2026-03-01")?.path).toBe("S2.md");
		expect(notes().latestSessionWithoutMyReport("2026-01-20")).toBeNull();
	});

	it("finds the next session from today", () => {
		expect(notes().nextSession("2026-02-24")?.path).toBe("S3.md");
		expect(notes().nextSession("2026-02-23")?.path).toBe("S2.md");
	});

	it("lists only my goals, and active ones for ratings", () => {
		expect(notes().goals().map((g) => g.path)).toEqual(["G1.md", "G2.md"]);
		expect(notes().activeGoals().map((g) => g.path)).toEqual(["G1.md"]);
	});

	it("finds the case of a session from either side of the link", () => {
		const n = notes();
		const sessions = n.sessions();
		expect(n.caseOf(sessions.find((s) => s.path === "S1.md")!)?.path).toBe("C1.md");
		expect(n.caseOf(sessions.find((s) => s.path === "S2.md")!)?.path).toBe("C2.md");
	});

	it("knows my last report", () => {
		expect(notes().lastReport()?.path).toBe("R1.md");
	});
});
