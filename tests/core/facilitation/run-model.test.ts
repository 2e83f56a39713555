import { describe, expect, it } from "vitest";
import { buildRunModel } from "../../../src/core/facilitation/run-model";
import type { RunEvent } from "../../../src/core/facilitation/run-log";
import { methodById } from "../../../src/core/methods/catalogue";

const METHOD = methodById("incident-short");
const T0 = Date.parse("2026-11-25T19:00:00Z");
const min = (n: number) => T0 + n * 60_000;
const people = { caseBringers: ["Anna"], facilitator: "Bo", noteTaker: null };
const model = (events: RunEvent[], now: number, language: "nl" | "en" = "en") => buildRunModel({ method: METHOD, events, now, language, people });
const step = (i: number) => METHOD.steps[i]!;

describe("run model", () => {
	it("before the start lists the phases with their minutes and offers only the start", () => {
		const m = model([], min(0));
		expect(m.status).toBe("not-started");
		expect(m.current).toBeNull();
		expect(m.rows.map((r) => r.minutes)).toEqual(METHOD.steps.map((s) => s.minutes));
		expect(m.rows.every((r) => r.progress === "upcoming")).toBe(true);
		expect(m.method.minutes).toBe(METHOD.steps.reduce((sum, s) => sum + s.minutes, 0));
		expect(m.canNext || m.canPrevious || m.isLast).toBe(false);
	});

	it("shows the current phase with its purpose, prompts and time", () => {
		const m = model([{ at: min(0), type: "phase", phase: step(0).id }, { at: min(3), type: "phase", phase: step(1).id }], min(4), "nl");
		expect(m.current?.number).toBe(2);
		expect(m.current?.name).toBe(step(1).name.nl);
		expect(m.current?.purpose).toBe(step(1).purpose.nl);
		expect(m.current?.prompts).toEqual(step(1).prompts.map((p) => p.nl));
		expect(m.current?.elapsed).toBe("1:00");
		expect(m.rows[0]?.progress).toBe("done");
		expect(m.rows[1]?.progress).toBe("current");
		expect(m.rows[2]?.progress).toBe("upcoming");
		expect(m.canPrevious && m.canNext).toBe(true);
	});

	it("says when the phase is over time and by how much", () => {
		const planned = step(0).minutes;
		const m = model([{ at: min(0), type: "phase", phase: step(0).id }], min(planned + 2));
		expect(m.current?.overrun).toBe(true);
		expect(m.current?.remaining).toBe("2:00");
		expect(m.current?.used).toBe(1);
		expect(m.rows[0]?.overrun).toBe(true);
	});

	it("marks the last phase so the view offers to finish", () => {
		const last = METHOD.steps.length - 1;
		const m = model([{ at: min(0), type: "phase", phase: step(last).id }], min(1));
		expect(m.isLast).toBe(true);
		expect(m.canNext).toBe(false);
	});

	it("after the end marks a phase as over time only when it ran over by more than its margin", () => {
		const first = step(0);
		const second = step(1);
		const margin = Math.max(first.minutes / 10, 1);
		const events = (firstMinutes: number): RunEvent[] => [
			{ at: min(0), type: "phase", phase: first.id },
			{ at: min(firstMinutes), type: "phase", phase: second.id },
			{ at: min(firstMinutes + second.minutes + 2 * Math.max(second.minutes / 10, 1)), type: "end" },
		];
		const within = model(events(first.minutes + margin), min(200));
		expect(within.status).toBe("ended");
		expect(within.rows[0]?.overrun).toBe(false);
		expect(within.rows[1]?.overrun).toBe(true);
		const beyond = model(events(first.minutes + margin + 1 / 60), min(200));
		expect(beyond.rows[0]?.overrun).toBe(true);
	});

	it("while running marks a phase as over time as soon as its minutes are up", () => {
		const m = model([{ at: min(0), type: "phase", phase: step(0).id }], min(step(0).minutes) + 1_000);
		expect(m.current?.overrun).toBe(true);
		expect(m.rows[0]?.overrun).toBe(true);
	});

	it("after the end has no current phase and every phase done", () => {
		const m = model([{ at: min(0), type: "phase", phase: step(0).id }, { at: min(5), type: "end" }], min(50));
		expect(m.status).toBe("ended");
		expect(m.current).toBeNull();
		expect(m.rows.every((r) => r.progress === "done")).toBe(true);
		expect(m.total.elapsed).toBe("5:00");
	});
});
