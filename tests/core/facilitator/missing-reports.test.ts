import { describe, expect, it } from "vitest";
import { facilitatorModel, GROUP, member, members } from "./fixture";

describe("missing reports", () => {
	it("per held session, newest first: who attended (or every listed member) without a shared report on it", () => {
		const m = facilitatorModel();
		expect(m.missingReports.map((s) => [s.number, s.attendanceKnown, s.expected.length, s.missing])).toEqual([
			[4, true, 5, ["Dewi", "Eva"]],
			[2, false, 6, ["Anna", "Chris", "Dewi", "Eva", "Farid"]],
			[1, true, 5, ["Chris", "Dewi", "Eva"]],
		]);
	});

	it("finds a report by its session link within the member's folder, else by the session's date", () => {
		const m = facilitatorModel();
		const found = (n: number) => m.missingReports.find((s) => s.number === n)?.found;
		expect(found(1)).toEqual([
			// Linked to Anna's copy of session 1 (same id).
			{ member: "Anna", path: `${GROUP}/Anna/Report 1.md` },
			// The link leads nowhere in Bram's folder; the date matches.
			{ member: "Bram", path: `${GROUP}/Bram/2026-01-20 Report.md` },
		]);
		expect(found(4)).toEqual([
			{ member: "Anna", path: `${GROUP}/Anna/Report 4.md` },
			// Dated on the day of session 2, but linked to Chris's copy of session 4 (same date and number): the link wins.
			{ member: "Chris", path: `${GROUP}/Chris/Report 4.md` },
			{ member: "Farid", path: `${GROUP}/Farid/Report 4.md` },
			// Gijs is not in the member list; his report still counts as found.
			{ member: "Gijs", path: `${GROUP}/Gijs/Report 4.md` },
		]);
	});

	it("does not count a report whose link cannot be followed and that has no date", () => {
		const session2 = facilitatorModel().missingReports.find((s) => s.number === 2);
		expect(session2?.missing).toContain("Dewi");
	});
});

describe("a report written the day after, linking to the session by its name", () => {
	it("is found through the session's name when the member did not share the session itself", () => {
		const eva = member("Eva", [["report", "Report 1.md", { date: "2026-01-21", session: "[[Session 1]]" }]]);
		const m = facilitatorModel({ members: [...members().filter((x) => x.name !== "Eva"), eva] });
		expect(m.missingReports.find((s) => s.number === 1)?.missing).not.toContain("Eva");
	});
});
