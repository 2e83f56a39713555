import { describe, expect, it } from "vitest";
import { assembleReport, reportNotePaths } from "../../../src/core/report/assemble-report";
import type { AssembleReportInput } from "../../../src/core/report/assemble-report";
import { buildReportHtml, buildReportMarkdown } from "../../../src/core/report/build-trajectory-report";
import type { NoteRecord } from "../../../src/core/schema/note-record";
import { indexes, ME, note } from "../dashboard/fixture";

const T = "[[Team leads 2026]]";
const TRAJECTORY = "Trajectories/Team leads 2026.md";
const JORIS = "Joris Bakker";

/** Records and bodies of a vault with my notes, another member's notes, and private parts in several places. */
function vault(): { records: NoteRecord[]; bodies: Map<string, string> } {
	const notes: [NoteRecord, string][] = [
		[note(TRAJECTORY, { intervisie: "trajectory", start: "2026-01-12", end: "2026-06-29", members: [ME, JORIS], facilitator: "Marleen Smit", "scale-min": 1, "scale-max": 10 }), ""],
		[note("Sessions/Session 1.md", { intervisie: "session", date: "2026-01-26", number: 1, trajectory: T, status: "held", "case-bringers": [JORIS], method: "six-phase", theme: "Listening" }), ""],
		[note("Sessions/Session 2.md", { intervisie: "session", date: "2026-03-09", number: 2, trajectory: T, status: "held", "case-bringers": [ME], cases: ["[[How can I listen]]"], attendance: [ME, JORIS] }), ""],
		[note("Sessions/Session 3.md", { intervisie: "session", date: "2026-05-04", number: 3, trajectory: T, status: "held", attendance: [JORIS] }), ""],
		[note("Sessions/Session 4.md", { intervisie: "session", date: "2026-09-01", number: 4, trajectory: T }), ""],
		[note("Cases/How can I listen.md", { intervisie: "case", session: "[[Session 2]]", question: "How can I listen?" }), "## The situation\n\nMY CASE SITUATION\n"],
		[note("Cases/Joris case.md", { intervisie: "case", author: JORIS, session: "[[Session 1]]", question: "JORIS CASE QUESTION" }), "JORIS CASE BODY\n"],
		[
			note("Goals/Listen.md", { intervisie: "goal", trajectory: T, status: "active", baseline: 4, target: 7, deadline: "2026-06-01" }),
			"## What I will do\n\nI want to be a better listener.\n\n> [!private] Why\n> GOAL CALLOUT SECRET\n",
		],
		[note("Goals/Private goal.md", { intervisie: "goal", trajectory: T, private: true }), "## What I will do\n\nPRIVATE GOAL STATEMENT\n"],
		[note("Goals/Joris goal.md", { intervisie: "goal", author: JORIS, trajectory: T }), "## What I will do\n\nJORIS GOAL\n"],
		[
			note("Reports/2026-01-26 Report session 1.md", { intervisie: "report", date: "2026-01-26", session: "[[Session 1]]", goals: ["[[Listen]]", "[[Private goal]]"], ratings: [4, 6] }),
			[
				"## What happened",
				"",
				"Joris brought a case.",
				"",
				"## What I learned about myself",
				"",
				"%% What did you notice? %%",
				"I jump to solutions, as in [[Private goal]].",
				"",
				"> [!private]",
				"> CALLOUT SECRET",
				"",
				"## What I will do next",
				"",
				"- [x] Ask two questions first 📅 2026-02-09",
				"- [ ] Summarise the meeting",
				"- [-] Cancelled thing",
			].join("\n"),
		],
		[
			note("Reports/2026-03-09 Report session 2.md", { intervisie: "report", date: "2026-03-09", session: "[[Session 2]]", goals: ["[[Listen]]"], ratings: [9], private: "yes" }),
			"## What I learned about myself\n\nPRIVATE REPORT SECRET\n\n- [ ] PRIVATE ACTION\n",
		],
		[
			note("Reports/2026-05-04 Report session 3.md", { intervisie: "report", date: "2026-05-04", session: "[[Session 3]]", goals: ["[[Listen]]"], ratings: [6], reflection: "gibbs" }),
			"## Description\n\nA meeting.\n\n## Conclusion\n\nAsking first works.\n\n## Action plan\n\n- [ ] Try it with the board 📅 2026-06-01\n",
		],
		[note("Reports/Joris report.md", { intervisie: "report", author: JORIS, date: "2026-03-09", session: "[[Session 2]]", goals: ["[[Listen]]"], ratings: [2] }), "## What I learned about myself\n\nJORIS INSIGHT\n\n- [ ] JORIS ACTION\n"],
		[
			note("Intake/2026-01-12 Intake.md", { intervisie: "intake", date: "2026-01-12", trajectory: T, participant: ME, manager: "Peter Jansen", facilitator: "Marleen Smit", goals: ["[[Listen]]", "[[Private goal]]"], ratings: [3, 5] }),
			[
				"## Context and why now",
				"",
				"New team since January.",
				"",
				"## The goals we agree on",
				"",
				"### [[Listen]]",
				"",
				"My team brings its own solutions.",
				"",
				"### [[Private goal]]",
				"",
				"PRIVATE GOAL INTAKE TEXT",
				"",
				"## Agreements",
				"",
				"%% prompt %%",
				"",
				"## Confidentiality",
				"",
				"> [!private]",
				"> INTAKE SECRET",
			].join("\n"),
		],
		[note("Evaluation/Joris evaluation.md", { intervisie: "evaluation", author: JORIS, trajectory: T, goals: ["[[Joris goal]]"], ratings: [8] }), "JORIS EVALUATION\n"],
	];
	return { records: notes.map(([r]) => r), bodies: new Map(notes.map(([r, body]) => [r.path, body])) };
}

function assemble(overrides: Partial<AssembleReportInput> = {}) {
	const { records, bodies } = vault();
	return assembleReport({ ...indexes(records), bodies, member: ME, trajectory: TRAJECTORY, today: "2026-06-29", language: "en", ...overrides });
}

const SECRETS = ["SECRET", "PRIVATE", "JORIS", "Private goal", "Cancelled"];

describe("assembleReport", () => {
	it("puts each goal on the scale the one rule gives: its trajectory's, or the default scale outside one", () => {
		const { records, bodies } = vault();
		records.push(
			note("Goals/Loose.md", { intervisie: "goal", status: "active" }),
			note("Reports/Loose report.md", { intervisie: "report", date: "2026-03-09", session: "[[Session 2]]", goals: ["[[Loose]]"], ratings: [3] }),
		);
		const report = assembleReport({ ...indexes(records), bodies, member: ME, trajectory: TRAJECTORY, today: "2026-06-29", language: "nl", defaultScale: { min: 1, max: 4 } });
		const scaleOf = (title: string) => report.goals.find((g) => g.title === title)?.scale;
		expect(scaleOf("Listen")).toEqual({ min: 1, max: 10, low: "dit doe ik nog niet", high: "dit doe ik als gewoonte" });
		expect(scaleOf("Loose")).toMatchObject({ min: 1, max: 4 });
		expect(buildReportHtml(report, { include: () => true })).toContain("1 tot 4 (1 = dit doe ik nog niet, 4 = dit doe ik als gewoonte)");
	});

	it("takes the trajectory's facts and scale", () => {
		const report = assemble();
		expect(report.trajectory).toEqual({ name: "Team leads 2026", start: "2026-01-12", end: "2026-06-29", facilitator: "Marleen Smit", scale: { min: 1, max: 10 } });
		expect(report.member).toBe(ME);
		expect(report.date).toBe("2026-06-29");
	});

	it("lists my goals only, without private goals, with coaching hints and the ratings of my non-private reports", () => {
		const [goal, ...rest] = assemble().goals;
		expect(rest).toEqual([]);
		expect(goal?.title).toBe("Listen");
		expect(goal?.statement).toBe("I want to be a better listener.");
		expect(goal?.hints.length).toBeGreaterThan(0);
		expect(goal?.ratings).toEqual([
			{ date: "2026-01-26", rating: 4 },
			{ date: "2026-05-04", rating: 6 },
		]);
	});

	it("lists held sessions with my attendance and the case I brought", () => {
		expect(assemble().sessions).toEqual([
			{ date: "2026-01-26", number: 1, theme: "Listening", method: "Six-phase model", attended: null, broughtCase: false, caseQuestion: null },
			{ date: "2026-03-09", number: 2, theme: null, method: null, attended: true, broughtCase: true, caseQuestion: "How can I listen?" },
			{ date: "2026-05-04", number: 3, theme: null, method: null, attended: false, broughtCase: false, caseQuestion: null },
		]);
	});

	it("takes one insight per report of mine: the learning part, also of a reflection model, without private parts", () => {
		const { insights } = assemble();
		expect(insights.map((i) => [i.id, i.date, i.source])).toEqual([
			["Reports/2026-01-26 Report session 1.md#insight", "2026-01-26", "2026-01-26 Report session 1"],
			["Reports/2026-05-04 Report session 3.md#insight", "2026-05-04", "2026-05-04 Report session 3"],
		]);
		expect(insights[0]?.text).toContain("I jump to solutions, as in private note.");
		expect(insights[0]?.text).not.toContain("CALLOUT SECRET");
		expect(insights[1]?.text).toBe("Asking first works.");
	});

	it("takes the task lines of my reports as actions, done or open, never cancelled ones", () => {
		expect(assemble().actions.map(({ text, due, done }) => ({ text, due, done }))).toEqual([
			{ text: "Ask two questions first", due: "2026-02-09", done: true },
			{ text: "Summarise the meeting", due: null, done: false },
			{ text: "Try it with the board", due: "2026-06-01", done: false },
		]);
	});

	it("reads my intake: people, parts with text, and the starting rating per goal except private goals", () => {
		const { intake, evaluation } = assemble();
		expect(evaluation).toBeNull();
		expect(intake).toEqual({
			date: "2026-01-12",
			manager: "Peter Jansen",
			facilitator: "Marleen Smit",
			parts: [{ heading: "Context and why now", text: "New team since January." }],
			goals: [{ title: "Listen", rating: 3, text: "My team brings its own solutions." }],
		});
	});

	it("never lets a private part, a private note or another member's note into the markdown or the HTML", () => {
		const report = assemble();
		for (const text of [buildReportMarkdown(report), buildReportHtml(report)]) {
			for (const secret of SECRETS) expect(text).not.toContain(secret);
			expect(text).not.toContain("MY CASE SITUATION");
		}
	});

	it("says which bodies it reads: my goals, reports and intake, never private ones", () => {
		const { records } = vault();
		expect(reportNotePaths({ ...indexes(records), member: ME, trajectory: TRAJECTORY, today: "2026-06-29" }).sort()).toEqual([
			"Goals/Listen.md",
			"Intake/2026-01-12 Intake.md",
			"Reports/2026-01-26 Report session 1.md",
			"Reports/2026-05-04 Report session 3.md",
		]);
	});

	it("reports another member's notes for that member, with none of mine", () => {
		const report = assemble({ member: JORIS });
		expect(report.goals.map((g) => g.title)).toEqual(["Joris goal"]);
		expect(report.insights.map((i) => i.text)).toEqual(["JORIS INSIGHT"]);
		expect(report.evaluation?.goals).toEqual([{ title: "Joris goal", rating: 8, text: "" }]);
		expect(report.sessions.map((s) => s.caseQuestion)).toEqual(["JORIS CASE QUESTION", null, null]);
	});

	it("without a trajectory note, takes all my notes under the name given", () => {
		const report = assemble({ trajectory: null, trajectoryName: "My goals" });
		expect(report.trajectory.name).toBe("My goals");
		expect(report.goals.map((g) => g.title)).toEqual(["Listen"]);
		expect(report.sessions).toHaveLength(3);
	});

	it("writes hints and method names in the report's language", () => {
		const report = assemble({ language: "nl" });
		expect(report.sessions[0]?.method).toBe("Zesfasenmodel");
		expect(report.goals[0]?.hints.join(" ")).toMatch(/ /);
		expect(report.goals[0]?.hints).not.toEqual(assemble().goals[0]?.hints);
	});
});
