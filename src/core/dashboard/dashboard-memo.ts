import type { LinkIndex } from "../index/link-index";
import type { NoteIndex } from "../index/note-index";
import type { LinkResolver } from "../schema/note-record";
import type { TrajectoryNote } from "../schema/notes";
import { myTrajectories, newestFirst } from "./choose-trajectory";
import { gatherFacts } from "./dashboard-facts";
import type { DashboardFacts } from "./dashboard-facts";
import type { ProblemRow } from "./dashboard-model";
import { dashboardProblems } from "./dashboard-problems";

/** What the dashboard works out over every note of ours, which only a change to the index can change. */
export interface IndexWork {
	facts: DashboardFacts;
	/** Trajectories, newest first. */
	sorted: TrajectoryNote[];
	/** Of those, the ones I take part in. */
	mine: TrajectoryNote[];
	problems: ProblemRow[];
}

interface Memo extends IndexWork {
	revision: number;
	generation: number;
	links: LinkIndex;
	resolver: LinkResolver;
	me: string;
}

const memos = new WeakMap<NoteIndex, Memo>();

/**
 * The facts, trajectories and problems of the index as it stands: worked out once per change of the index
 * (a note of ours changed, or a note came or went, which moves where links lead), and reused by every
 * redraw in between — a trajectory chosen, a filter switched, a view shown again.
 */
export function indexWork(index: NoteIndex, links: LinkIndex, inputResolver: LinkResolver, resolver: LinkResolver, me: string): IndexWork {
	const memo = memos.get(index);
	if (memo && memo.revision === index.revision && memo.generation === links.generation && memo.links === links && memo.resolver === inputResolver && memo.me === me) return memo;
	const facts = gatherFacts(index, resolver, me);
	const sorted = newestFirst(facts.trajectories);
	const fresh: Memo = {
		facts,
		sorted,
		mine: myTrajectories(sorted, me, new Set(facts.goalTrajectory.values())),
		problems: dashboardProblems(index, links, resolver),
		revision: index.revision,
		generation: links.generation,
		links,
		resolver: inputResolver,
		me,
	};
	memos.set(index, fresh);
	return fresh;
}
