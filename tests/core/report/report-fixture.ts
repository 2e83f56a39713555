import type { TrajectoryReportInput } from "../../../src/core/report/report-input";

/** A report with a bit of everything, in English; tests change what they need. */
export function reportInput(overrides: Partial<TrajectoryReportInput> = {}): TrajectoryReportInput {
	return {
		language: "en",
		date: "2026-06-29",
		member: "Sanne de Vries",
		trajectory: { name: "Team leads 2026", start: "2026-01-12", end: "2026-06-29", facilitator: "Marleen Smit", scale: { min: 1, max: 10 } },
		goals: [
			{
				title: "Listen before I advise",
				status: "active",
				statement: "In my weekly one-to-ones I ask two open questions before I give advice.",
				baseline: 4,
				target: 7,
				deadline: "2026-06-01",
				hints: ["Make it measurable: how often or how much?"],
				scale: { min: 1, max: 10, low: "I don't do this yet", high: "I do this as a habit" },
				ratings: [
					{ date: "2026-01-26", rating: 4 },
					{ date: "2026-03-09", rating: 5.5 },
					{ date: "2026-05-04", rating: 7 },
				],
			},
			{ title: "Plan my week", status: "achieved", statement: "", baseline: null, target: null, deadline: null, hints: [], ratings: [], scale: { min: 1, max: 10, low: "I don't do this yet", high: "I do this as a habit" } },
		],
		sessions: [
			{ date: "2026-01-26", number: 1, theme: "Listening", method: "Six-phase model", attended: true, broughtCase: false, caseQuestion: null },
			{ date: "2026-03-09", number: 2, theme: null, method: null, attended: true, broughtCase: true, caseQuestion: "How can I let my team decide?" },
			{ date: "2026-05-04", number: 3, theme: null, method: null, attended: null, broughtCase: false, caseQuestion: null },
		],
		insights: [{ id: "Reports/r1.md#insight", date: "2026-01-26", source: "2026-01-26 Report session 1", text: "I jump to solutions.\n\n- when tired\n- when rushed" }],
		actions: [
			{ id: "Reports/r1.md#action-0", text: "Ask two questions first", due: "2026-02-09", done: true, source: "2026-01-26 Report session 1" },
			{ id: "Reports/r1.md#action-1", text: "Summarise the meeting", due: null, done: false, source: "2026-01-26 Report session 1" },
		],
		intake: {
			date: "2026-01-12",
			manager: "Peter Jansen",
			facilitator: "Marleen Smit",
			parts: [{ heading: "Agreements", text: "We talk every month." }],
			goals: [{ title: "Listen before I advise", rating: 4, text: "My team brings solutions of their own." }],
		},
		evaluation: null,
		...overrides,
	};
}

/** Text that would do harm if it were read as HTML or markdown instead of shown. */
export const HOSTILE = `<script>alert("x")</script> & <img src=x onerror=alert(1)> [[Secret]] %% hidden | #tag **b**`;
