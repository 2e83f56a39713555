import { describe, expect, it } from "vitest";
import { buildDashboard } from "../../../src/core/dashboard/build-dashboard";
import type { DashboardInput } from "../../../src/core/dashboard/build-dashboard";
import { PathLinkResolver } from "../../../src/core/links/link-resolver";
import { ME, TODAY, groupVault, indexes, note } from "./fixture";

function input(parts: Pick<DashboardInput, "index" | "links" | "resolver">): DashboardInput {
	return { ...parts, me: ME, today: TODAY, goalFilter: "all", openActions: [], goalHintCount: () => 0, language: "en" };
}

describe("the dashboard's work over the index", () => {
	it("is done again after a note of ours changes, and after a note comes or goes", () => {
		const parts = indexes(groupVault());
		const paths = parts.resolver;
		if (!(paths instanceof PathLinkResolver)) throw new Error("the fixture's resolver knows no paths");
		const first = buildDashboard(input(parts));
		expect(buildDashboard(input(parts))).toEqual(first);

		const goal = note("Goals/Speak up.md", { intervisie: "goal", author: ME, status: "active", trajectory: "[[Team leads 2026]]", created: "2026-01-01" });
		parts.index.upsert(goal);
		parts.links.upsert(goal);
		const withGoal = buildDashboard(input(parts));
		expect(withGoal.goals.rows.map((r) => r.title)).toContain("Speak up");

		const broken = note("Goals/Ask more.md", { intervisie: "goal", author: ME, status: "active", trajectory: "[[Not yet written]]" });
		parts.index.upsert(broken);
		parts.links.upsert(broken);
		expect(buildDashboard(input(parts)).problems.map((p) => p.path)).toContain("Goals/Ask more.md");

		const target = note("Not yet written.md", null);
		paths.add(target.path);
		parts.index.upsert(target);
		parts.links.upsert(target);
		expect(buildDashboard(input(parts)).problems.map((p) => p.path)).not.toContain("Goals/Ask more.md");

		paths.remove(goal.path);
		parts.index.remove(goal.path);
		parts.links.remove(goal.path);
		expect(buildDashboard(input(parts)).goals.rows.map((r) => r.title)).not.toContain("Speak up");
	});

	it("is not shared between people", () => {
		const parts = indexes(groupVault());
		const mine = buildDashboard(input(parts));
		const theirs = buildDashboard({ ...input(parts), me: "Someone else" });
		expect(mine.goals.rows.length).toBeGreaterThan(0);
		expect(theirs.goals.rows).toEqual([]);
	});
});
