import type { Language } from "../i18n/language";
import type { IntervisieMethod } from "../methods/method";
import { totalMinutes } from "../methods/total-minutes";
import { formatDuration } from "./format-duration";
import { ranOverTime } from "./over-time";
import type { RunEvent } from "./run-log";
import type { RunStatus } from "./run-state";
import { runState } from "./run-state";

export type PhaseProgress = "done" | "current" | "upcoming";

export interface RunPhaseRow {
	id: string;
	name: string;
	minutes: number;
	progress: PhaseProgress;
	elapsed: string;
	/** Over its minutes: while the session runs, from the moment they are up; after the end, as `ranOverTime` has it. */
	overrun: boolean;
}

export interface CurrentPhase {
	/** 1-based, for people. */
	number: number;
	count: number;
	id: string;
	name: string;
	purpose: string;
	prompts: string[];
	elapsed: string;
	planned: string;
	/** Time left, or the time over when `overrun`. */
	remaining: string;
	overrun: boolean;
	/** 0–1, how much of the planned time is used; capped at 1. */
	used: number;
	/** Peers question the case-bringer now: the question coach runs beside the notes. */
	questionRound: boolean;
}

export interface RunModel {
	status: RunStatus;
	method: { id: string; name: string; description: string; minutes: number };
	people: { caseBringers: string[]; facilitator: string | null; noteTaker: string | null };
	rows: RunPhaseRow[];
	current: CurrentPhase | null;
	total: { elapsed: string; planned: string; remaining: string; overrun: boolean };
	canPrevious: boolean;
	canNext: boolean;
	isLast: boolean;
}

export interface RunInput {
	method: IntervisieMethod;
	events: readonly RunEvent[];
	now: number;
	language: Language;
	people: RunModel["people"];
}

/** What the facilitation view shows at `now`: plain data, recomputed from the saved events every second. */
export function buildRunModel(input: RunInput): RunModel {
	const { method, language } = input;
	const state = runState(method.steps, input.events, input.now);
	const rows = method.steps.map((step, i): RunPhaseRow => {
		const time = state.phases[i];
		const progress: PhaseProgress = i === state.current && state.status !== "ended" ? "current" : i < state.current || (time?.elapsedMs ?? 0) > 0 || state.status === "ended" ? "done" : "upcoming";
		const overrun = !time ? false : state.status === "ended" ? ranOverTime(time.plannedMs, time.elapsedMs) : time.overrun;
		return { id: step.id, name: step.name[language], minutes: step.minutes, progress, elapsed: formatDuration(time?.elapsedMs ?? 0), overrun };
	});
	const step = method.steps[state.current];
	const time = state.phases[state.current];
	const current: CurrentPhase | null =
		step && time && state.status !== "ended"
			? {
					number: state.current + 1,
					count: method.steps.length,
					id: step.id,
					name: step.name[language],
					purpose: step.purpose[language],
					prompts: step.prompts.map((p) => p[language]).filter((p) => p.trim() !== ""),
					elapsed: formatDuration(time.elapsedMs),
					planned: formatDuration(time.plannedMs),
					remaining: formatDuration(time.remainingMs),
					overrun: time.overrun,
					used: time.plannedMs > 0 ? Math.min(1, time.elapsedMs / time.plannedMs) : 1,
					questionRound: step.questionRound === true,
				}
			: null;
	const running = state.status === "running" || state.status === "paused";
	return {
		status: state.status,
		method: { id: method.id, name: method.name[language], description: method.description[language], minutes: totalMinutes(method) },
		people: input.people,
		rows,
		current,
		total: {
			elapsed: formatDuration(state.totalElapsedMs),
			planned: formatDuration(state.totalPlannedMs),
			remaining: formatDuration(state.totalRemainingMs),
			overrun: state.totalRemainingMs < 0,
		},
		canPrevious: running && state.current > 0,
		canNext: running && state.current < method.steps.length - 1,
		isLast: running && state.current === method.steps.length - 1,
	};
}
