import { describe, expect, it } from "vitest";
import { MyNotes } from "../../../src/core/index/my-notes";
import { NoteIndex } from "../../../src/core/index/note-index";
import { PathLinkResolver } from "../../../src/core/links/link-resolver";
import type { SessionNote } from "../../../src/core/schema/notes";
import { isHeld, isUpcoming, mayReportOn, nextSession } from "../../../src/core/sessions/session-rules";
import { scopeOf } from "../../../src/core/dashboard/dashboard-scope";
import { gatherFacts } from "../../../src/core/dashboard/dashboard-facts";
import { record } from "../record";

const T = "2026-03-10";
const session = (path: string, date: string, status: string) => record(path, { intervisie: "session", date, status });
const RECORDS = [
	session("S/Moved.md", "2026-03-12", "moved"),
	session("S/Cancelled.md", "2026-03-11", "cancelled"),
	session("S/Today.md", T, "planned"),
	session("S/Later.md", "2026-04-01", "planned"),
	record("R/Mine.md", { intervisie: "report", author: "Me", date: T, session: "[[Today]]" }),
];

function indexOf(records = RECORDS): NoteIndex {
	const index = new NoteIndex({ me: "Me" });
	for (const r of records) index.upsert(r);
	return index;
}

describe("the session rules", () => {
	it("count a planned session of today as held once my report of it is written, not before", () => {
		const today = indexOf().note("S/Today.md") as SessionNote;
		expect(isHeld(today, T)).toBe(false);
		expect(isHeld(today, T, true)).toBe(true);
		expect(isUpcoming(today, T)).toBe(true);
		expect(isUpcoming(today, T, true)).toBe(false);
	});

	it("never offer a moved or cancelled session as the next one, nor to report on", () => {
		const index = indexOf(RECORDS.filter((r) => !r.path.startsWith("R/")));
		const sessions = index.ofKind("session");
		expect(nextSession(sessions, "2026-03-11")?.path).toBe("S/Later.md");
		expect(sessions.filter((s) => mayReportOn(s, "2026-03-20")).map((s) => s.path)).toEqual(["S/Today.md"]);
	});

	it("give the case form and the dashboard the same next session", () => {
		const index = indexOf();
		const resolver = new PathLinkResolver(RECORDS.map((r) => r.path));
		const fromForm = new MyNotes(index, resolver, "Me").nextSession(T);
		const facts = gatherFacts(index, resolver, "Me");
		const fromDashboard = scopeOf(facts, null, T).next;
		expect(fromForm?.path).toBe("S/Later.md");
		expect(fromDashboard?.path).toBe(fromForm?.path);
	});
});
