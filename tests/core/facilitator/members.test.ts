import { describe, expect, it } from "vitest";
import { facilitatorModel, GROUP, member, MEMBERS, trajectory } from "./fixture";

describe("member cards", () => {
	it("lists the trajectory's members in order, then folders of people it does not name; never the facilitator", () => {
		const m = facilitatorModel();
		expect(m.members.map((c) => [c.name, c.folder, c.listed])).toEqual([
			["Anna", `${GROUP}/Anna`, true],
			["Bram", `${GROUP}/Bram`, true],
			["Chris", `${GROUP}/Chris`, true],
			["Dewi", `${GROUP}/Dewi`, true],
			["Eva", null, true],
			["Farid", `${GROUP}/Farid`, true],
			["Gijs", `${GROUP}/Gijs`, false],
		]);
	});

	it("shows each shared goal with status, baseline, target and the ratings from the member's shared reports", () => {
		const anna = facilitatorModel().members[0];
		expect(anna).toMatchObject({ name: "Anna", reportCount: 2, caseCount: 0 });
		expect(anna?.goals.map((g) => g.title)).toEqual(["Listen first", "Speak up"]);
		expect(anna?.goals[0]).toEqual({
			path: `${GROUP}/Anna/Listen first.md`,
			title: "Listen first",
			status: "active",
			deadline: "2026-06-01",
			baseline: 3,
			target: 8,
			scale: { min: 1, max: 10 },
			points: [
				// No date of its own: the day of the session copy it links to.
				{ date: "2026-01-20", rating: 4, reportPath: `${GROUP}/Anna/Report 1.md` },
				{ date: "2026-03-17", rating: 6, reportPath: `${GROUP}/Anna/Report 4.md` },
			],
			chartSummary: "Listen first: 2 ratings from 2026-01-20 to 2026-03-17, rising from 4 to 6 (scale 1 to 10, target 8).",
		});
		expect(anna?.goals[1]?.points).toEqual([]);
	});

	it("uses the trajectory's scale and words the chart in the language", () => {
		const m = facilitatorModel({ trajectory: trajectory({ "scale-min": 0, "scale-max": 5 }), language: "nl" });
		const goal = m.members[1]?.goals[0];
		expect(goal?.scale).toEqual({ min: 0, max: 5 });
		expect(goal?.chartSummary).toBe("Plan ahead: nog geen beoordelingen (schaal 0 tot 5).");
		expect(m.members[1]).toMatchObject({ name: "Bram", reportCount: 2, caseCount: 1 });
	});

	it("reads a folder without notes as nothing shared, and leaves out such a folder of someone not listed", () => {
		const m = facilitatorModel({ members: [member("Anna", []), member("Gijs", [])] });
		expect(m.members.map((c) => c.name)).toEqual(MEMBERS);
		expect(m.members[0]?.folder).toBeNull();
	});

	it("matches a folder to a listed member regardless of letter case", () => {
		const m = facilitatorModel({ members: [member("anna", [["goal", "G.md", {}]])] });
		expect(m.members.map((c) => [c.name, c.listed, c.folder])).toEqual([
			["Anna", true, `${GROUP}/anna`],
			...MEMBERS.slice(1).map((n) => [n, true, null]),
		]);
	});

	it("reads every folder as a member when the trajectory lists nobody", () => {
		const m = facilitatorModel({ trajectory: trajectory({ members: [] }), members: [member("Bram", [["goal", "G.md", {}]]), member("Anna", [["goal", "G.md", {}]])] });
		expect(m.members.map((c) => [c.name, c.listed])).toEqual([["Anna", false], ["Bram", false]]);
		// Session 2 lists no attendance: everyone is expected to report.
		expect(m.missingReports.find((s) => s.number === 2)?.expected).toEqual(["Anna", "Bram"]);
	});
});
