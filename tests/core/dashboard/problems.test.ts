import { describe, expect, it } from "vitest";
import { record } from "../record";
import { dashboard, note } from "./fixture";

describe("dashboard problems", () => {
	it("lists every note's problems and broken links, errors first, with the note's title", () => {
		const { problems } = dashboard([
			note("A report.md", { intervisie: "report", date: "2026-02-09", goals: ["[[Gone goal]]"], ratings: [3, 4] }),
			note("Goals/Bad baseline.md", { intervisie: "goal", baseline: "high" }),
			note("Odd.md", { intervisie: "diary" }),
			record("Broken.md", null, { yamlError: { reason: "bad indentation", ours: true } }),
			record("Foreign broken.md", null, { yamlError: { reason: "bad indentation", ours: false } }),
			note("Daily.md", null, ["Nowhere"]),
		]);
		expect(problems.map((p) => [p.severity, p.code, p.title])).toEqual([
			["error", "malformed-yaml", "Broken"],
			["error", "wrong-type", "Bad baseline"],
			["error", "unknown-kind", "Odd"],
			["warning", "broken-link", "A report"],
			["warning", "ratings-mismatch", "A report"],
		]);
		expect(problems[0]?.message).toContain("bad indentation");
		expect(problems[3]?.path).toBe("A report.md");
		expect(problems[3]?.message).toContain("Gone goal");
	});

	it("has none for a vault in order", () => {
		expect(dashboard([note("Goals/Fine.md", { intervisie: "goal" })]).problems).toEqual([]);
	});
});
