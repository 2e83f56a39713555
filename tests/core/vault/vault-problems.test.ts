import { describe, expect, it } from "vitest";
import { checkVault } from "../../../src/core/check/check-vault";
import { NoteIndex } from "../../../src/core/index/note-index";
import { PathLinkResolver } from "../../../src/core/links/link-resolver";
import { vaultProblems } from "../../../src/core/vault/vault-problems";
import { record } from "../record";

const RECORDS = [
	record("Goals/Say no.md", { intervisie: "goal", author: "Me" }),
	record("Archive/Say no.md", { intervisie: "goal", author: "Me" }),
	record("Goals/Listen (conflicted copy).md", { intervisie: "goal", author: "Me" }),
	record("Goals/Broken.md", null, { yamlError: { reason: "bad indentation", ours: true } }),
];

describe("one list of problems", () => {
	it("is what check and the dashboard both show", () => {
		const index = new NoteIndex({ me: "Me" });
		for (const r of RECORDS) index.upsert(r);
		const resolver = new PathLinkResolver(RECORDS.map((r) => r.path));
		const fromCheck = checkVault(RECORDS, { today: "2026-03-01", goalStatement: () => "", me: "Me" }).problems.map((p) => `${p.path} ${p.code}`).sort();
		const fromDashboard = vaultProblems(index.all(), resolver).problems.map((p) => `${p.path} ${p.code}`).sort();
		expect(fromDashboard).toEqual(fromCheck);
		expect(fromCheck).toEqual(["Archive/Say no.md duplicate-title", "Goals/Broken.md malformed-yaml", "Goals/Listen (conflicted copy).md conflict-copy", "Goals/Say no.md duplicate-title"]);
	});

	it("names a few notes of the same name and counts the rest", () => {
		const many = Array.from({ length: 2000 }, (_, i) => record(`F${i}/Same.md`, { intervisie: "goal", id: "g-1" }));
		const { problems } = vaultProblems(many.map((r) => ({ record: r, note: null, problems: [] })), new PathLinkResolver([]));
		expect(problems).toEqual([]);
		const report = checkVault(many, { today: "2026-03-01", goalStatement: () => "" });
		const first = report.problems.find((p) => p.code === "duplicate-title");
		expect(first?.message).toMatch(/\(F\d+\/Same\.md, F\d+\/Same\.md, F\d+\/Same\.md and 1996 more\)/);
		expect(report.problems.filter((p) => p.code === "conflict-copy")[0]?.message).toContain("and 1996 more");
	});
});
