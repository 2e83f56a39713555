import type { RunEvent } from "./run-log";

export interface TimedStep {
	id: string;
	minutes: number;
}

export type RunStatus = "not-started" | "running" | "paused" | "ended";

export interface PhaseTime {
	id: string;
	plannedMs: number;
	elapsedMs: number;
	/** Negative once the phase runs over. */
	remainingMs: number;
	overrun: boolean;
}

export interface RunState {
	status: RunStatus;
	/** Index of the current phase; -1 before the start. After the end, the last phase that ran. */
	current: number;
	phases: PhaseTime[];
	totalPlannedMs: number;
	totalElapsedMs: number;
	totalRemainingMs: number;
}

export type RunAction = "start" | "next" | "previous" | "pause" | "resume" | "end";

const MINUTE = 60_000;

/** The state of a run at `now`, from its events alone; time counts only while running, never backwards. */
export function runState(steps: readonly TimedStep[], events: readonly RunEvent[], now: number): RunState {
	const elapsed = steps.map(() => 0);
	let current = -1;
	let status: RunStatus = "not-started";
	let since = 0;
	const accrue = (until: number) => {
		if (status === "running" && current >= 0) elapsed[current] = (elapsed[current] ?? 0) + Math.max(0, until - since);
		since = Math.max(since, until);
	};
	for (const event of events) {
		if (status === "ended") break;
		if (event.type === "phase") {
			const index = steps.findIndex((s) => s.id === event.phase);
			if (index < 0) continue;
			accrue(event.at);
			current = index;
			if (status === "not-started") status = "running";
		} else if (status === "not-started") {
			continue;
		} else if (event.type === "pause" && status === "running") {
			accrue(event.at);
			status = "paused";
		} else if (event.type === "resume" && status === "paused") {
			since = Math.max(since, event.at);
			status = "running";
		} else if (event.type === "end") {
			accrue(event.at);
			status = "ended";
		}
	}
	accrue(now);
	const phases = steps.map((step, i) => {
		const plannedMs = step.minutes * MINUTE;
		const spent = elapsed[i] ?? 0;
		return { id: step.id, plannedMs, elapsedMs: spent, remainingMs: plannedMs - spent, overrun: spent > plannedMs };
	});
	const totalPlannedMs = phases.reduce((sum, p) => sum + p.plannedMs, 0);
	const totalElapsedMs = phases.reduce((sum, p) => sum + p.elapsedMs, 0);
	return { status, current, phases, totalPlannedMs, totalElapsedMs, totalRemainingMs: totalPlannedMs - totalElapsedMs };
}

/** The events that carry out an action; none when the action does not apply in this state. */
export function eventsFor(action: RunAction, state: RunState, steps: readonly TimedStep[], now: number): RunEvent[] {
	if (state.status === "ended") return [];
	if (state.status === "not-started") {
		const first = steps[0];
		return action === "start" && first ? [{ at: now, type: "phase", phase: first.id }] : [];
	}
	const resume: RunEvent[] = state.status === "paused" ? [{ at: now, type: "resume" }] : [];
	switch (action) {
		case "next":
		case "previous": {
			const target = steps[state.current + (action === "next" ? 1 : -1)];
			return target ? [...resume, { at: now, type: "phase", phase: target.id }] : [];
		}
		case "pause":
			return state.status === "running" ? [{ at: now, type: "pause" }] : [];
		case "resume":
			return resume;
		case "end":
			return [{ at: now, type: "end" }];
		default:
			return [];
	}
}
