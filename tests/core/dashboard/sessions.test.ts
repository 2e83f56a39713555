import { describe, expect, it } from "vitest";
import type { SessionRow } from "../../../src/core/dashboard/dashboard-model";
import { dashboard, groupVault, ME, note } from "./fixture";

function row(rows: SessionRow[], path: string): SessionRow {
	const found = rows.find((r) => r.path === path);
	if (!found) throw new Error(`no row for ${path}`);
	return found;
}

describe("dashboard sessions", () => {
	it("lists the trajectory's sessions by date with my role, case and report", () => {
		const { sessions } = dashboard(groupVault());
		expect(sessions.map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
		expect(row(sessions, "Sessions/Session 1.md")).toEqual({
			path: "Sessions/Session 1.md",
			number: 1,
			date: "2026-01-12",
			status: "held",
			caseBringers: ["Joris Bakker"],
			method: null,
			theme: null,
			myRole: "participant",
			casePath: "Cases/Joris case.md",
			myReportPath: "Reports/2026-01-12 Report session 1.md",
			reportMissing: false,
			isNext: false,
			questions: null,
		});
		expect(row(sessions, "Sessions/Session 2.md")).toMatchObject({ myRole: "case-bringer", casePath: "Cases/How can I listen.md", method: "six-phase" });
		expect(row(sessions, "Sessions/Session 3.md")).toMatchObject({ myRole: "facilitator", casePath: null, myReportPath: null });
	});

	it("flags a missing report for a held session and a past one that was not cancelled", () => {
		const { sessions } = dashboard(groupVault());
		expect(sessions.map((s) => s.reportMissing)).toEqual([false, false, true, false, false]);
		expect(sessions.map((s) => s.isNext)).toEqual([false, false, false, true, false]);
	});

	it("expects no report for a cancelled or moved session, nor one I did not attend", () => {
		const records = [
			...groupVault(),
			note("Sessions/Cancelled.md", { intervisie: "session", date: "2026-02-16", trajectory: "[[Team leads 2026]]", status: "afgelast" }),
			note("Sessions/Moved.md", { intervisie: "session", date: "2026-02-17", trajectory: "[[Team leads 2026]]", status: "moved" }),
			note("Sessions/Absent.md", { intervisie: "session", date: "2026-02-18", trajectory: "[[Team leads 2026]]", status: "held", attendance: ["Joris Bakker"] }),
			note("Sessions/Present.md", { intervisie: "session", date: "2026-02-19", trajectory: "[[Team leads 2026]]", status: "held", attendance: [ME.toUpperCase()] }),
		];
		const { sessions } = dashboard(records);
		expect(row(sessions, "Sessions/Cancelled.md").reportMissing).toBe(false);
		expect(row(sessions, "Sessions/Moved.md").reportMissing).toBe(false);
		expect(row(sessions, "Sessions/Absent.md").reportMissing).toBe(false);
		expect(row(sessions, "Sessions/Present.md").reportMissing).toBe(true);
	});

	it("finds my report by a session named in plain text, which no link index holds", () => {
		const records = [...groupVault(), note("Reports/2026-02-23 Report.md", { intervisie: "report", date: "2026-02-23", session: "Session 3" })];
		expect(row(dashboard(records).sessions, "Sessions/Session 3.md")).toMatchObject({ myReportPath: "Reports/2026-02-23 Report.md", reportMissing: false });
	});

	it("leaves out sessions of another trajectory, and shows every session when there is no trajectory", () => {
		const records = [...groupVault(), note("Sessions/Elsewhere.md", { intervisie: "session", date: "2026-02-01", trajectory: "[[Other]]" })];
		expect(dashboard(records).sessions.map((s) => s.path)).not.toContain("Sessions/Elsewhere.md");
		const noTrajectory = records.filter((r) => !r.path.startsWith("Intervisie/Trajectories/"));
		expect(dashboard(noTrajectory).sessions.map((s) => s.path)).toContain("Sessions/Elsewhere.md");
		expect(dashboard(noTrajectory).sessions).toHaveLength(6);
	});
});

describe("dashboard sessions: the question round of sessions I took notes in", () => {
	const tally = { "questions-open": 6, "questions-closed": 3, "questions-advice": 1, "questions-leading": 0, "questions-helped": 2 };

	it("shows the tally of a session where I was the note-taker", () => {
		const records = [
			...groupVault(),
			note("Sessions/Noted.md", { intervisie: "session", date: "2026-02-19", trajectory: "[[Team leads 2026]]", status: "held", "note-taker": ME.toLowerCase(), ...tally }),
		];
		expect(row(dashboard(records).sessions, "Sessions/Noted.md").questions).toEqual({ open: 6, closed: 3, advice: 1, leading: 0, helped: 2, total: 10, openPercent: 60 });
	});

	it("shows none for a session someone else took notes in, nor for one without a tally", () => {
		const records = [
			...groupVault(),
			note("Sessions/Theirs.md", { intervisie: "session", date: "2026-02-19", trajectory: "[[Team leads 2026]]", status: "held", "note-taker": "Joris Bakker", ...tally }),
			note("Sessions/Untallied.md", { intervisie: "session", date: "2026-02-20", trajectory: "[[Team leads 2026]]", status: "held", "note-taker": ME }),
		];
		const { sessions } = dashboard(records);
		expect(row(sessions, "Sessions/Theirs.md").questions).toBeNull();
		expect(row(sessions, "Sessions/Untallied.md").questions).toBeNull();
	});
});
