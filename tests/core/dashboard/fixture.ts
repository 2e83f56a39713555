import { buildDashboard } from "../../../src/core/dashboard/build-dashboard";
import type { DashboardInput } from "../../../src/core/dashboard/build-dashboard";
import type { DashboardModel } from "../../../src/core/dashboard/dashboard-model";
import { LinkIndex } from "../../../src/core/index/link-index";
import { NoteIndex } from "../../../src/core/index/note-index";
import { PathLinkResolver } from "../../../src/core/links/link-resolver";
import type { LinkRef, NoteRecord } from "../../../src/core/schema/note-record";
import { record } from "../record";

export const ME = "Sanne de Vries";
export const TODAY = "2026-03-01";

const WIKILINK = /^\[\[([^\]]+)\]\]$/;

/** A record with its frontmatter links listed, as Obsidian's metadata cache lists them. */
export function note(path: string, frontmatter: Record<string, unknown> | null, bodyLinks: string[] = []): NoteRecord {
	const frontmatterLinks: LinkRef[] = [];
	for (const [key, value] of Object.entries(frontmatter ?? {})) {
		const items = Array.isArray(value) ? value : [value];
		items.forEach((item, i) => {
			const match = typeof item === "string" ? WIKILINK.exec(item) : null;
			if (match?.[1]) frontmatterLinks.push({ link: match[1], key: Array.isArray(value) ? `${key}.${i}` : key, original: item as string });
		});
	}
	const links = bodyLinks.map((link) => ({ link, original: `[[${link}]]` }));
	return record(path, frontmatter, { frontmatterLinks, links });
}

/** The three indexes the adapter keeps, filled from records. */
export function indexes(records: readonly NoteRecord[]): Pick<DashboardInput, "index" | "links" | "resolver"> {
	const resolver = new PathLinkResolver(records.map((r) => r.path));
	const index = new NoteIndex({ me: ME });
	const links = new LinkIndex(resolver);
	for (const r of records) {
		index.upsert(r);
		links.upsert(r);
	}
	return { index, links, resolver };
}

export function dashboard(records: readonly NoteRecord[], input: Partial<DashboardInput> = {}): DashboardModel {
	return buildDashboard({
		...indexes(records),
		me: ME,
		today: TODAY,
		language: "en",
		goalFilter: "active",
		openActions: [],
		goalHintCount: () => 0,
		...input,
	});
}

const T = "[[Team leads 2026]]";

/**
 * A group trajectory seen on 2026-03-01: sessions 1 and 2 held with my reports, session 3 past without
 * status or report, session 4 in four days with me as case-bringer and my case still a draft, session 5 later.
 */
export function groupVault(): NoteRecord[] {
	return [
		note("Intervisie/Trajectories/Team leads 2026.md", {
			intervisie: "trajectory",
			start: "2026-01-12",
			end: "2026-06-29",
			members: [ME, "Joris Bakker"],
			facilitator: "Marleen Smit",
			"sessions-planned": 6,
			"scale-min": 0,
			"scale-max": 5,
		}),
		note("Sessions/Session 1.md", { intervisie: "session", date: "2026-01-12", number: 1, trajectory: T, status: "held", "case-bringers": ["Joris Bakker"], cases: ["[[Joris case]]"] }),
		note("Sessions/Session 2.md", { intervisie: "session", date: "2026-02-09", number: 2, trajectory: T, status: "held", "case-bringers": [ME], method: "six-phase" }),
		note("Sessions/Session 3.md", { intervisie: "session", date: "2026-02-23", number: 3, trajectory: T, facilitator: ME }),
		note("Sessions/Session 4.md", { intervisie: "session", date: "2026-03-05", number: 4, trajectory: T, "case-bringers": [ME] }),
		note("Sessions/Session 5.md", { intervisie: "session", date: "2026-04-06", number: 5, trajectory: T }),
		note("Cases/Joris case.md", { intervisie: "case", author: "Joris Bakker", session: "[[Session 1]]", status: "discussed" }),
		note("Cases/How can I listen.md", { intervisie: "case", date: "2026-02-02", session: "[[Session 2]]", goals: ["[[Listen before I advise]]"], status: "discussed" }),
		note("Cases/How can I plan.md", { intervisie: "case", date: "2026-02-27", session: "[[Session 4]]", status: "draft" }),
		note("Goals/Listen before I advise.md", { intervisie: "goal", trajectory: T, created: "2026-01-10", deadline: "2026-03-05", baseline: 1, target: 4 }),
		note("Goals/Plan my week.md", { intervisie: "goal", trajectory: T, created: "2026-01-10" }),
		note("Goals/Speak up.md", { intervisie: "goal", status: "paused", trajectory: T }),
		note("Goals/Joris goal.md", { intervisie: "goal", author: "Joris Bakker", trajectory: T }),
		note(
			"Reports/2026-01-12 Report session 1.md",
			{ intervisie: "report", date: "2026-01-12", session: "[[Session 1]]", goals: ["[[Goals/Listen before I advise|listening]]", "[[Plan my week]]"], ratings: [1, null] },
			["Listen before I advise"],
		),
		note("Reports/2026-02-09 Report session 2.md", { intervisie: "report", date: "2026-02-09", session: "[[Session 2]]", goals: ["[[Listen before I advise]]"], ratings: [3] }),
		note("Reports/2026-02-09 Joris.md", { intervisie: "report", author: "Joris Bakker", date: "2026-02-09", session: "[[Session 2]]", goals: ["[[Listen before I advise]]"], ratings: [5] }),
		note("Daily/2026-02-15.md", null, ["Listen before I advise", "Plan my week"]),
		note("Daily/2026-02-16.md", { tags: ["daily"] }, ["Goals/Listen before I advise"]),
	];
}
