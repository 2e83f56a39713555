import { describe, expect, it } from "vitest";
import type { RunEvent } from "../../../src/core/facilitation/run-log";
import { eventsFor, runState } from "../../../src/core/facilitation/run-state";

const STEPS = [
	{ id: "intro", minutes: 5 },
	{ id: "questions", minutes: 10 },
	{ id: "advice", minutes: 15 },
];
const T0 = Date.parse("2026-11-25T19:00:00Z");
const min = (n: number) => T0 + n * 60_000;
const phase = (n: number, id: string): RunEvent => ({ at: min(n), type: "phase", phase: id });

describe("run state", () => {
	it("has not started without events", () => {
		const state = runState(STEPS, [], min(3));
		expect(state.status).toBe("not-started");
		expect(state.current).toBe(-1);
		expect(state.totalPlannedMs).toBe(30 * 60_000);
		expect(state.totalElapsedMs).toBe(0);
		expect(state.totalRemainingMs).toBe(30 * 60_000);
	});

	it("counts time in the current phase and in total", () => {
		const state = runState(STEPS, [phase(0, "intro"), phase(4, "questions")], min(7));
		expect(state.status).toBe("running");
		expect(state.current).toBe(1);
		expect(state.phases.map((p) => p.elapsedMs / 60_000)).toEqual([4, 3, 0]);
		expect(state.phases[1]?.remainingMs).toBe(7 * 60_000);
		expect(state.totalElapsedMs).toBe(7 * 60_000);
		expect(state.totalRemainingMs).toBe(23 * 60_000);
		expect(state.phases[1]?.overrun).toBe(false);
	});

	it("signals a phase that runs over, by how much", () => {
		const state = runState(STEPS, [phase(0, "intro"), phase(2, "questions")], min(14));
		expect(state.phases[1]?.overrun).toBe(true);
		expect(state.phases[1]?.remainingMs).toBe(-2 * 60_000);
	});

	it("stops the clock while paused, also across a sleeping phone", () => {
		const events: RunEvent[] = [phase(0, "intro"), { at: min(2), type: "pause" }, { at: min(62), type: "resume" }];
		const paused = runState(STEPS, events.slice(0, 2), min(40));
		expect(paused.status).toBe("paused");
		expect(paused.phases[0]?.elapsedMs).toBe(2 * 60_000);
		const resumed = runState(STEPS, events, min(63));
		expect(resumed.status).toBe("running");
		expect(resumed.phases[0]?.elapsedMs).toBe(3 * 60_000);
	});

	it("adds time to a phase visited again", () => {
		const state = runState(STEPS, [phase(0, "intro"), phase(3, "questions"), phase(5, "intro")], min(6));
		expect(state.current).toBe(0);
		expect(state.phases[0]?.elapsedMs).toBe(4 * 60_000);
		expect(state.phases[1]?.elapsedMs).toBe(2 * 60_000);
	});

	it("stops counting at the end", () => {
		const state = runState(STEPS, [phase(0, "intro"), phase(5, "questions"), phase(15, "advice"), { at: min(31), type: "end" }], min(90));
		expect(state.status).toBe("ended");
		expect(state.totalElapsedMs).toBe(31 * 60_000);
		expect(state.phases[2]?.elapsedMs).toBe(16 * 60_000);
		expect(state.phases[2]?.overrun).toBe(true);
	});

	it("ignores phases the method does not have and a clock that went back", () => {
		const state = runState(STEPS, [phase(0, "intro"), phase(1, "gone"), phase(2, "questions")], min(1));
		expect(state.current).toBe(1);
		expect(state.phases.every((p) => p.elapsedMs >= 0)).toBe(true);
	});

	it("pausing twice or resuming a running session changes nothing", () => {
		const events: RunEvent[] = [phase(0, "intro"), { at: min(1), type: "resume" }, { at: min(2), type: "pause" }, { at: min(3), type: "pause" }];
		expect(runState(STEPS, events, min(10)).phases[0]?.elapsedMs).toBe(2 * 60_000);
	});
});

describe("events for an action", () => {
	it("starts at the first phase", () => {
		expect(eventsFor("start", runState(STEPS, [], min(0)), STEPS, min(0))).toEqual([phase(0, "intro")]);
	});

	it("goes to the next and the previous phase, resuming when paused", () => {
		const paused = runState(STEPS, [phase(0, "intro"), { at: min(1), type: "pause" }], min(2));
		expect(eventsFor("next", paused, STEPS, min(2))).toEqual([{ at: min(2), type: "resume" }, phase(2, "questions")]);
		const second = runState(STEPS, [phase(0, "intro"), phase(1, "questions")], min(2));
		expect(eventsFor("previous", second, STEPS, min(2))).toEqual([phase(2, "intro")]);
	});

	it("has no previous before the first phase and no next after the last", () => {
		expect(eventsFor("previous", runState(STEPS, [phase(0, "intro")], min(1)), STEPS, min(1))).toEqual([]);
		expect(eventsFor("next", runState(STEPS, [phase(0, "advice")], min(1)), STEPS, min(1))).toEqual([]);
	});

	it("pauses, resumes and ends", () => {
		const running = runState(STEPS, [phase(0, "intro")], min(1));
		expect(eventsFor("pause", running, STEPS, min(1))).toEqual([{ at: min(1), type: "pause" }]);
		expect(eventsFor("resume", running, STEPS, min(1))).toEqual([]);
		expect(eventsFor("end", running, STEPS, min(1))).toEqual([{ at: min(1), type: "end" }]);
		const ended = runState(STEPS, [phase(0, "intro"), { at: min(1), type: "end" }], min(2));
		expect(eventsFor("next", ended, STEPS, min(2))).toEqual([]);
	});
});
