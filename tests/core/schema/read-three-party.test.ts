import { describe, expect, it } from "vitest";
import { readNote } from "../../../src/core/schema/read-note";
import { record } from "../record";

const me = { me: "Sanne" };

describe("readNote for intake and evaluation", () => {
	for (const kind of ["intake", "evaluation"] as const) {
		it(`reads a bare ${kind} note with fallbacks and no problem; the participant is the author`, () => {
			const { note, problems } = readNote(record(`${kind}.md`, { intervisie: kind }), me);
			expect(problems).toEqual([]);
			expect(note).toMatchObject({ kind, author: "Sanne", participant: "Sanne", manager: null, facilitator: null, date: null, trajectory: null, goals: [], ratings: [] });
		});

		it(`reads a full ${kind} note, with ratings aligned to goals`, () => {
			const { note, problems } = readNote(
				record(`${kind}.md`, {
					intervisie: kind.toUpperCase(),
					author: "Marieke",
					date: "2026-01-12",
					trajectory: "[[Team leads 2026]]",
					participant: "Joris",
					manager: "Peter",
					facilitator: "Marieke",
					goals: ["[[A]]", "[[B|bee]]"],
					ratings: [null, "6"],
				}),
				me,
			);
			expect(problems).toEqual([]);
			expect(note).toMatchObject({ kind, author: "Marieke", participant: "Joris", manager: "Peter", facilitator: "Marieke", date: "2026-01-12", trajectory: "Team leads 2026", goals: ["A", "B"], ratings: [null, 6] });
		});

		it(`names each ${kind} property of the wrong type and reads the rest`, () => {
			const { note, problems } = readNote(record(`${kind}.md`, { intervisie: kind, date: "soon", manager: { name: "Peter" }, goals: [7], ratings: ["good"], facilitator: "Marieke" }), me);
			expect(problems.map((p) => p.code)).toEqual(["wrong-type", "wrong-type", "wrong-type", "wrong-type", "ratings-mismatch"]);
			expect(problems.slice(0, 4).map((p) => p.message.match(/^Property "([\w-]+)"/)?.[1])).toEqual(["date", "manager", "goals", "ratings"]);
			expect(note).toMatchObject({ date: null, manager: null, facilitator: "Marieke", goals: [], ratings: [] });
		});

		it(`warns when a ${kind} has more ratings than goals`, () => {
			const { problems } = readNote(record(`${kind}.md`, { intervisie: kind, goals: ["[[A]]"], ratings: [4, 5] }), me);
			expect(problems).toEqual([expect.objectContaining({ code: "ratings-mismatch", severity: "warning" })]);
		});
	}

	it("lists every kind when the kind is unknown", () => {
		const { problems } = readNote(record("x.md", { intervisie: "intakes" }), me);
		expect(problems[0]?.message).toContain("trajectory, goal, case, session, report, intake, evaluation");
	});
});
