import type { DashboardInput } from "../../../src/core/dashboard/build-dashboard";
import { unmetCriteria } from "../../../src/core/coaching/goal-coach";
import { goalStatementFromBody } from "../../../src/core/coaching/goal-statement";
import { openActions } from "../../../src/core/notes/actions";
import type { BenchVault } from "../vault/generate";
import { loadedIndexes, resolverOf } from "./indexes";
import type { PathLinkResolver } from "../../../src/core/links/link-resolver";

/**
 * The input the plugin's dashboard source gives `buildDashboard` for the busiest member: the loaded indexes,
 * and what the adapter reads lazily from note bodies (open actions of my reports, hints on my goals),
 * worked out here beforehand as the plugin has it cached by the time it redraws.
 */
export function dashboardInput(vault: BenchVault, resolver: PathLinkResolver = resolverOf(vault.records)): DashboardInput {
	const indexes = loadedIndexes(vault.me, vault.records, resolver);
	const mine = vault.notes.filter((n) => n.author === vault.me);
	const actions = mine.filter((n) => n.kind === "report").flatMap((n) => openActions(n.text).map((a) => ({ path: n.path, ...a })));
	const hints = new Map<string, number>();
	for (const note of mine.filter((n) => n.kind === "goal")) {
		const deadline = indexes.notes.get(note.path)?.record.frontmatter?.deadline;
		const statement = goalStatementFromBody(note.text);
		hints.set(note.path, statement === "" ? 0 : unmetCriteria({ statement, deadline: typeof deadline === "string" ? deadline : null }, "en").length);
	}
	return {
		index: indexes.notes,
		links: indexes.links,
		resolver,
		me: vault.me,
		today: vault.today,
		language: "en",
		trajectory: null,
		goalFilter: "active",
		openActions: actions,
		goalHintCount: (path) => hints.get(path) ?? 0,
	};
}
