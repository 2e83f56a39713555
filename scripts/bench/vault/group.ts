import { buildGoal } from "../../../src/core/notes/build-goal";
import { buildSession } from "../../../src/core/notes/build-session";
import { buildTrajectory } from "../../../src/core/notes/build-trajectory";
import type { GoalStatus, SessionStatus } from "../../../src/core/schema/kinds";
import { addDays } from "./days";
import { between, chance, pick } from "./random";
import type { Random } from "./random";
import { writeCase, writeReport } from "./session-notes";
import type { MemberLog, NoteMaker } from "./session-notes";
import { GOALS, PERIODS, THEMES } from "./texts";
import type { GoalRef, VaultNote } from "./vault-note";

export interface Group {
	name: string;
	members: readonly string[];
	facilitator: string;
	/** The member who brings the first case of every trajectory and the next one: the busiest participant. */
	busiest: string | null;
	/** Spreads the groups' meeting days, so no two sessions share a file name. */
	dayOffset: number;
}

/** Trajectory starts; sessions every three weeks from there. */
const STARTS = ["2025-01-13", "2025-08-25", "2026-02-02"] as const;
const SESSION_INTERVAL = 21;

export interface GroupNotes {
	notes: VaultNote[];
	goals: GoalRef[];
}

interface PlannedGoal extends GoalRef {
	status: GoalStatus;
	baseline: number;
	target: number;
}

/** A trajectory being written: its group, period and dates, and its note's link. */
interface Trajectory {
	group: Group;
	period: string;
	index: number;
	start: string;
	end: string;
	sessions: number;
	link: string;
	today: string;
}

/** Everything one intervisie group writes: 3 trajectories of 5–6 sessions, goals, cases and reports. */
export function groupNotes(group: Group, make: NoteMaker, random: Random, today: string): GroupNotes {
	const out: GroupNotes = { notes: [], goals: [] };
	const logs = new Map<string, MemberLog>(group.members.map((m) => [m, { lastReport: null, actions: [] }]));
	PERIODS.forEach((period, index) => {
		const start = addDays(STARTS[index] ?? "2026-01-05", group.dayOffset);
		const sessions = between(random, 5, 6);
		const end = addDays(start, SESSION_INTERVAL * (sessions - 1));
		const { note, link } = make.note(group.facilitator, "trajectory", `Intervisie ${group.name} ${period}`, addDays(start, -14), (place, context) =>
			buildTrajectory(
				{ name: place.link, start, end, members: group.members, facilitator: group.facilitator, sessionsPlanned: sessions, scaleMin: 1, scaleMax: 10 },
				context,
				make.texts,
			),
		);
		out.notes.push(note);
		const trajectory: Trajectory = { group, period, index, start, end, sessions, link, today };
		const goals = memberGoals(trajectory, make, random, out);
		for (let n = 1; n <= sessions; n++) sessionNotes(trajectory, n, goals, logs, make, random, out);
	});
	return out;
}

/** 2–3 goals per member (3 for the busiest), linked to the trajectory. */
function memberGoals(trajectory: Trajectory, make: NoteMaker, random: Random, out: GroupNotes): Map<string, PlannedGoal[]> {
	const { group, period, start, end } = trajectory;
	const past = end < trajectory.today;
	const planned = new Map<string, PlannedGoal[]>();
	group.members.forEach((member, m) => {
		const mine: PlannedGoal[] = [];
		const count = member === group.busiest ? 3 : between(random, 2, 3);
		for (let i = 0; i < count; i++) {
			const text = GOALS[(m * 3 + i + trajectory.index) % GOALS.length] ?? pick(random, GOALS);
			const status = goalStatus(random, past, member === group.busiest);
			const baseline = between(random, 3, 5);
			const target = between(random, 7, 8);
			const title = `${text.title} - ${member.split(" ")[0] ?? member} ${period}`;
			const goal = make.note(member, "goal", title, start, (place, context) =>
				buildGoal({ ...text, title: place.link, status, deadline: end, baseline, target, trajectory: trajectory.link }, context, make.texts),
			);
			out.notes.push(goal.note);
			const ref = { link: goal.link, author: member, start, end };
			out.goals.push(ref);
			mine.push({ ...ref, status, baseline, target });
		}
		planned.set(member, mine);
	});
	return planned;
}

/**
 * Session `n`: its note, the case brought to it (held, or the next one and being prepared), and a report
 * per member once it was held. The busiest member brings the first case and the next one.
 */
function sessionNotes(trajectory: Trajectory, n: number, goals: Map<string, PlannedGoal[]>, logs: Map<string, MemberLog>, make: NoteMaker, random: Random, out: GroupNotes): void {
	const { group, today } = trajectory;
	const date = addDays(trajectory.start, SESSION_INTERVAL * (n - 1));
	const isNext = date >= today && (n === 1 || addDays(date, -SESSION_INTERVAL) < today);
	const busiestBrings = group.busiest !== null && (n === 1 || isNext);
	const bringer = busiestBrings && group.busiest ? group.busiest : (group.members[(n + trajectory.index * 2) % group.members.length] ?? group.facilitator);
	const status: SessionStatus = date >= today ? "planned" : !busiestBrings && chance(random, 0.04) ? "cancelled" : "held";
	const session = make.reserve("session", `${date} ${make.texts.session.fileName(n)}`);
	const caseSpec = { bringer, date, session: session.link, goals: (goals.get(bringer) ?? []).filter((g) => g.status !== "draft"), log: logs.get(bringer) };
	const caseNote = status === "held" || isNext ? writeCase(make, random, { ...caseSpec, ready: status === "held" ? "discussed" : "ready" }) : null;
	if (caseNote) out.notes.push(caseNote.note);
	const input = {
		date,
		number: n,
		trajectory: trajectory.link,
		status,
		caseBringers: [bringer],
		facilitator: group.facilitator,
		method: "six-phase",
		theme: pick(random, THEMES),
		attendance: status === "held" ? [...group.members] : [],
	};
	const cases = caseNote && status === "held" ? [`[[${caseNote.link}]]`] : [];
	out.notes.push(
		make.at(session, group.facilitator, "session", addDays(date, -SESSION_INTERVAL), (context) => {
			const draft = buildSession(input, context, make.texts);
			return { ...draft, frontmatter: { ...draft.frontmatter, cases } };
		}),
	);
	if (status !== "held") return;
	for (const member of group.members) {
		const report = writeReport(make, random, {
			member,
			date,
			number: n,
			count: trajectory.sessions,
			session: session.link,
			caseLink: caseNote?.link ?? null,
			role: member === bringer ? "case-bringer" : "participant",
			goals: goals.get(member) ?? [],
			nextDate: n < trajectory.sessions ? addDays(date, SESSION_INTERVAL) : null,
			alwaysRates: member === group.busiest,
			log: logs.get(member) ?? { lastReport: null, actions: [] },
		});
		out.notes.push(report);
	}
}

function goalStatus(random: Random, past: boolean, busiest: boolean): GoalStatus {
	const r = random();
	if (past) return r < 0.6 ? "achieved" : r < 0.75 ? "dropped" : "active";
	if (busiest) return "active";
	return r < 0.85 ? "active" : "draft";
}
