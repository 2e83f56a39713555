import { describe, expect, it } from "vitest";
import { checkVault } from "../../../src/core/check/check-vault";
import { record } from "../record";

const statements: Record<string, string> = {
	"Goals/Vague.md": "Ik wil beter leren luisteren.",
	"Goals/Good.md": "Ik vat in elk werkoverleg op maandag de besluiten samen, tot eind maart.",
};
const options = { today: "2026-03-10", goalStatement: (path: string) => statements[path] ?? "" };

describe("checkVault", () => {
	it("lists our notes with their kinds and leaves other notes alone", () => {
		const report = checkVault([record("Goals/Good.md", { intervisie: "goal" }), record("Plain.md", { title: "x" }), record("No yaml.md", null)], options);
		expect(report.notes).toEqual([{ path: "Goals/Good.md", kind: "goal" }]);
		expect(report.problems).toEqual([]);
	});

	it("reports broken YAML only for notes whose raw block names intervisie", () => {
		const report = checkVault(
			[record("Ours.md", null, { yamlError: { reason: "bad indentation", ours: true } }), record("Theirs.md", null, { yamlError: { reason: "x", ours: false } })],
			options,
		);
		expect(report.problems).toEqual([expect.objectContaining({ path: "Ours.md", code: "malformed-yaml", severity: "error" })]);
		expect(report.problems[0]?.message).toContain("bad indentation");
	});

	it("finds links to goals, sessions and cases that lead nowhere", () => {
		const report = checkVault(
			[record("Goals/Good.md", { intervisie: "goal" }), record("R.md", { intervisie: "report", goals: ["[[Good]]", "[[Gone]]"], session: "[[Missing session]]" })],
			options,
		);
		expect(report.problems.map((p) => [p.code, p.severity, p.message.includes("Gone") || p.message.includes("Missing session")])).toEqual([
			["broken-link", "warning", true],
			["broken-link", "warning", true],
		]);
	});

	it("accepts intake and evaluation notes and checks their trajectory and goal links", () => {
		const report = checkVault(
			[
				record("Goals/Good.md", { intervisie: "goal" }),
				record("Intake.md", { intervisie: "intake", goals: ["[[Good]]"], ratings: [3] }),
				record("Evaluation.md", { intervisie: "evaluation", trajectory: "[[Gone trajectory]]", goals: ["[[Good]]", "[[Gone goal]]"] }),
			],
			options,
		);
		expect(report.notes.map((n) => n.kind)).toEqual(["evaluation", "goal", "intake"]);
		expect(report.problems.map((p) => [p.path, p.code, p.message.match(/^"([\w-]+)"/)?.[1]])).toEqual([
			["Evaluation.md", "broken-link", "trajectory"],
			["Evaluation.md", "broken-link", "goals"],
		]);
	});

	it("warns about duplicate names and sync-conflict copies, by name or by a shared id", () => {
		const report = checkVault(
			[
				record("A/Listen.md", { intervisie: "goal", id: "g1" }),
				record("B/listen.md", { intervisie: "goal", id: "g2" }),
				record("Listen (conflicted copy 2026-03-01).md", { intervisie: "goal", id: "g3" }),
				record("Listen 2.md", { intervisie: "goal", id: "g1" }),
			],
			options,
		);
		const codes = report.problems.map((p) => `${p.path}: ${p.code}`);
		expect(codes).toContain("A/Listen.md: duplicate-title");
		expect(codes).toContain("B/listen.md: duplicate-title");
		expect(codes).toContain("Listen (conflicted copy 2026-03-01).md: conflict-copy");
		expect(codes).toContain("Listen 2.md: conflict-copy");
		expect(codes).toContain("A/Listen.md: conflict-copy");
	});

	it("gives coaching hints for goals as advice, never as problems", () => {
		const report = checkVault([record("Goals/Vague.md", { intervisie: "goal" }), record("Goals/Good.md", { intervisie: "goal" })], options);
		expect(report.problems).toEqual([]);
		expect(report.hints.filter((h) => h.path === "Goals/Good.md")).toEqual([]);
		expect(report.hints.filter((h) => h.path === "Goals/Vague.md").map((h) => h.criterion)).toEqual(["observable", "time-bound", "measurable", "where-when"]);
	});

	it("counts a deadline property as time-bound", () => {
		const report = checkVault([record("Goals/Vague.md", { intervisie: "goal", deadline: "2026-06-30" })], options);
		expect(report.hints.map((h) => h.criterion)).not.toContain("time-bound");
	});
});

describe("shared copies", () => {
	it("are left to the vault they came from: not listed, not checked, not counted twice", () => {
		const report = checkVault(
			[record("Intervisie/Goals/Say no.md", { intervisie: "goal" }), record("Intervisie/Groepen/T/Joris/Say no.md", { intervisie: "goal", shared: true, status: "nonsense" })],
			{ today: "2026-03-01", goalStatement: () => "I say no in the MT every week." },
		);
		expect(report.notes.map((n) => n.path)).toEqual(["Intervisie/Goals/Say no.md"]);
		expect(report.problems).toEqual([]);
	});
});
