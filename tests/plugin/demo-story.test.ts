import { afterAll, describe, expect, it } from "vitest";
import { STORY } from "../../scripts/demo/demo-story";
import { driveStoryIn } from "../../scripts/demo/drive-story";
import { readVault } from "../../src/cli/read-vault";
import { checkVault } from "../../src/core/check/check-vault";
import { goalStatementFromBody } from "../../src/core/coaching/goal-statement";
import { startPlugin } from "./plugin-harness";
import type { PluginHarness } from "./plugin-harness";

let p: PluginHarness;
afterAll(async () => p?.h.dispose());

describe("the demo trajectory, driven through the plugin's commands", () => {
	it("produces a vault in which check finds no error", async () => {
		p = await startPlugin({ language: "nl", myName: null, today: "2026-01-12" });
		await driveStoryIn(p, STORY);
		expect(p.h.errors).toEqual([]);
		const { records, bodies } = await readVault(p.h.vaultDir);
		const report = checkVault(records, { today: "2026-04-22", goalStatement: (path) => goalStatementFromBody(bodies.get(path) ?? "") });
		expect(report.problems).toEqual([]);
		const kinds = report.notes.map((n) => n.kind);
		expect(kinds.filter((k) => k === "report")).toHaveLength(3);
		expect(kinds.filter((k) => k === "session")).toHaveLength(5);
		expect(kinds.filter((k) => k === "goal")).toHaveLength(4);
		expect(report.hints.some((h) => h.path.endsWith("Beter luisteren.md") && h.criterion === "observable")).toBe(true);
		expect(report.hints.filter((h) => h.path.endsWith("Samenvatten in overleg.md"))).toEqual([]);
		expect(p.h.readFile("Intervisie/Leerdoelen/Beter luisteren.md")).toContain("status: paused");
		expect(p.h.readFile("Dagboek/2026-02-16.md")).toContain('goals:\n  - "[[Samenvatten in overleg]]"');
		const run = p.h.readFile("Intervisie/Bijeenkomsten/2026-04-20 Bijeenkomst 3.md");
		expect(run).toContain("status: held");
		expect(run).toMatch(/run-log:\n( {2}- .*\n){7}/);
		expect(run).toContain("### Probleem inventariseren\n\nFleur wil weten");
		expect(p.h.readFile("Intervisie/Verslagen/2026-04-20 Verslag bijeenkomst 3.md")).toContain('session: "[[2026-04-20 Bijeenkomst 3]]"');
	}, 30_000);
});
