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

/** Everything one intervisie group writes: 3 trajectories of 5–6 sessions, goals, cases and reports. */
export function groupNotes(group: Group, make: NoteMaker, random: Random, today: string): GroupNotes {
	const notes: VaultNote[] = [];
	const goals: GoalRef[] = [];
	const logs = new Map<string, MemberLog>(group.members.map((m) => [m, { lastReport: null, actions: [] }]));
	PERIODS.forEach((period, t) => {
		const start = addDays(STARTS[t] ?? "2026-01-05", group.dayOffset);
		const count = between(random, 5, 6);
		const end = addDays(start, SESSION_INTERVAL * (count - 1));
		const scale = { min: 1, max: 10 };
		const trajectory = make.note(group.facilitator, "trajectory", `Intervisie ${group.name} ${period}`, addDays(start, -14), (place, context) =>
			buildTrajectory(
				{ name: place.link, start, end, members: group.members, facilitator: group.facilitator, sessionsPlanned: count, scaleMin: scale.min, scaleMax: scale.max },
				context,
				make.texts,
			),
		);
		notes.push(trajectory.note);

		const past = end < today;
		const planned = new Map<string, PlannedGoal[]>();
		group.members.forEach((member, m) => {
			const mine: PlannedGoal[] = [];
			const n = member === group.busiest ? 3 : between(random, 2, 3);
			for (let i = 0; i < n; i++) {
				const text = GOALS[(m * 3 + i + t) % GOALS.length] ?? pick(random, GOALS);
				const status = goalStatus(random, past, member === group.busiest);
				const baseline = between(random, 3, 5);
				const target = between(random, 7, 8);
				const title = `${text.title} - ${member.split(" ")[0] ?? member} ${period}`;
				const goal = make.note(member, "goal", title, start, (place, context) =>
					buildGoal({ ...text, title: place.link, status, deadline: end, baseline, target, trajectory: trajectory.link }, context, make.texts),
				);
				notes.push(goal.note);
				const ref = { link: goal.link, author: member, start, end };
				goals.push(ref);
				mine.push({ ...ref, status, baseline, target });
			}
			planned.set(member, mine);
		});

		let nextPlannedSeen = false;
		for (let n = 1; n <= count; n++) {
			const date = addDays(start, SESSION_INTERVAL * (n - 1));
			const nextDate = n < count ? addDays(date, SESSION_INTERVAL) : null;
			const isNext = date >= today && !nextPlannedSeen;
			if (date >= today) nextPlannedSeen = true;
			const busiestBrings = group.busiest !== null && (n === 1 || isNext);
			const bringer = busiestBrings && group.busiest ? group.busiest : (group.members[(n + t * 2) % group.members.length] ?? group.facilitator);
			const status: SessionStatus = date >= today ? "planned" : !busiestBrings && chance(random, 0.04) ? "cancelled" : "held";
			const sessionLink = make.reserve("session", `${date} ${make.texts.session.fileName(n)}`);
			const bringerGoals = (planned.get(bringer) ?? []).filter((g) => g.status !== "draft");
			const caseNote = status === "held" || isNext ? writeCase(make, random, { bringer, date, session: sessionLink.link, goals: bringerGoals, ready: status === "held" ? "discussed" : "ready", log: logs.get(bringer) }) : null;
			if (caseNote) notes.push(caseNote.note);
			const attendance = status === "held" ? [...group.members] : [];
			notes.push(
				make.at(sessionLink, group.facilitator, "session", addDays(date, -SESSION_INTERVAL), (context) => {
					const draft = buildSession(
						{ date, number: n, trajectory: trajectory.link, status, caseBringers: [bringer], facilitator: group.facilitator, method: "six-phase", theme: pick(random, THEMES), attendance },
						context,
						make.texts,
					);
					return { ...draft, frontmatter: { ...draft.frontmatter, cases: caseNote && status === "held" ? [`[[${caseNote.link}]]`] : [] } };
				}),
			);
			if (status !== "held") continue;
			for (const member of group.members) {
				const log = logs.get(member) ?? { lastReport: null, actions: [] };
				const report = writeReport(make, random, {
					member,
					date,
					number: n,
					count,
					session: sessionLink.link,
					caseLink: caseNote?.link ?? null,
					role: member === bringer ? "case-bringer" : "participant",
					goals: planned.get(member) ?? [],
					nextDate,
					alwaysRates: member === group.busiest,
					log,
				});
				notes.push(report);
			}
		}
	});
	return { notes, goals };
}

function goalStatus(random: Random, past: boolean, busiest: boolean): GoalStatus {
	const r = random();
	if (past) return r < 0.6 ? "achieved" : r < 0.75 ? "dropped" : "active";
	if (busiest) return "active";
	return r < 0.85 ? "active" : "draft";
}
