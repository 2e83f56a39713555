import { describe, expect, it } from "vitest";
import { readNote } from "../../../src/core/schema/read-note";
import { record } from "../record";

const me = { me: "Sanne" };

describe("readNote", () => {
	it("ignores notes that are not ours", () => {
		expect(readNote(record("a.md", null), me)).toEqual({ note: null, problems: [] });
		expect(readNote(record("a.md", { tags: ["x"] }), me)).toEqual({ note: null, problems: [] });
	});

	it("accepts a hand-written note with only `intervisie: goal`, with sensible fallbacks and no problem", () => {
		const { note, problems } = readNote(record("Goals/Listen.md", { intervisie: "goal" }), me);
		expect(problems).toEqual([]);
		expect(note).toMatchObject({ kind: "goal", id: "Goals/Listen.md", author: "Sanne", schema: 1, title: "Listen", status: "active", newerSchema: false });
	});

	it("reports an unknown kind as an error, and recognises intake and evaluation", () => {
		expect(readNote(record("a.md", { intervisie: "goall" }), me).problems[0]).toMatchObject({ code: "unknown-kind", severity: "error" });
		expect(readNote(record("a.md", { intervisie: "intake" }), me).note?.kind).toBe("intake");
		expect(readNote(record("a.md", { intervisie: "evaluation" }), me).note?.kind).toBe("evaluation");
	});

	it("names the property and the expected type when a value has the wrong type, and reads the rest", () => {
		const { note, problems } = readNote(record("g.md", { intervisie: "goal", deadline: "next week", baseline: "four", status: "active" }), me);
		expect(problems.map((p) => p.code)).toEqual(["wrong-type", "wrong-type"]);
		expect(problems[0]?.message).toContain('"deadline"');
		expect(note).toMatchObject({ deadline: null, baseline: null, status: "active" });
	});

	it("accepts Dutch status words and any letter case", () => {
		expect(readNote(record("g.md", { intervisie: "goal", status: "Bereikt" }), me).note).toMatchObject({ status: "achieved" });
		expect(readNote(record("s.md", { intervisie: "session", status: "afgelast" }), me).note).toMatchObject({ status: "cancelled" });
		expect(readNote(record("r.md", { intervisie: "report", role: "inbrenger" }), me).note).toMatchObject({ role: "case-bringer" });
	});

	it("reads the note-taker of a session, and null when there is none", () => {
		expect(readNote(record("s.md", { intervisie: "session", "note-taker": " Aylin Demir " }), me).note).toMatchObject({ noteTaker: "Aylin Demir" });
		expect(readNote(record("s.md", { intervisie: "session" }), me).note).toMatchObject({ noteTaker: null });
	});

	it("flags an enumerated value it does not know", () => {
		expect(readNote(record("g.md", { intervisie: "goal", status: "someday" }), me).problems[0]).toMatchObject({ code: "invalid-value" });
	});

	it("reads report ratings aligned with goals, empty items as not rated", () => {
		const { note, problems } = readNote(record("r.md", { intervisie: "report", goals: ["[[A]]", "[[B|bee]]", "[[C]]"], ratings: [6, null, "7"] }), me);
		expect(problems).toEqual([]);
		expect(note).toMatchObject({ goals: ["A", "B", "C"], ratings: [6, null, 7] });
	});

	it("warns when there are more ratings than goals", () => {
		const { problems } = readNote(record("r.md", { intervisie: "report", goals: ["[[A]]"], ratings: [6, 7] }), me);
		expect(problems[0]).toMatchObject({ code: "ratings-mismatch", severity: "warning" });
	});

	it("reads a note of a newer schema and marks it read-only", () => {
		const { note, problems } = readNote(record("g.md", { intervisie: "goal", schema: 2 }), me);
		expect(note?.newerSchema).toBe(true);
		expect(problems[0]).toMatchObject({ code: "newer-schema", severity: "info" });
	});

	it("takes date-times as their day, and a single link given as a one-item list", () => {
		const { note } = readNote(record("c.md", { intervisie: "case", date: "2026-03-02T10:00", session: ["[[Session 2]]"] }), me);
		expect(note).toMatchObject({ date: "2026-03-02", session: "Session 2" });
	});

	it("reads a trajectory with its scale, falling back to 1 to 10", () => {
		const { note } = readNote(record("T.md", { intervisie: "trajectory", members: ["Sanne", "Joris"], start: "2026-01-12" }), me);
		expect(note).toMatchObject({ kind: "trajectory", name: "T", members: ["Sanne", "Joris"], scaleMin: 1, scaleMax: 10 });
	});
});

describe("properties over the bound of values", () => {
	it("are not read, and say why, without expanding the aliases", () => {
		let bomb: unknown = ["x", "x", "x", "x", "x", "x", "x", "x", "x"];
		for (let depth = 0; depth < 7; depth++) bomb = Array.from({ length: 9 }, () => bomb);
		const result = readNote({ path: "Bomb.md", frontmatter: { intervisie: bomb, goals: bomb }, frontmatterLinks: [], links: [], mtime: 0 }, { me: "Me" });
		expect(result.note).toBeNull();
		expect(result.problems.map((p) => p.code)).toEqual(["malformed-yaml"]);
		expect(result.problems[0]?.message).toContain("100,000 values");
	});
});
