import { describe, expect, it } from "vitest";
import { formatRunEvent, parseRunLog } from "../../../src/core/facilitation/run-log";

const at = (iso: string) => Date.parse(iso);

describe("run log", () => {
	it("writes one readable line per event, to the second", () => {
		expect(formatRunEvent({ at: at("2026-11-25T19:00:03.456Z"), type: "phase", phase: "analysis" })).toBe("2026-11-25T19:00:03Z phase analysis");
		expect(formatRunEvent({ at: at("2026-11-25T19:10:00Z"), type: "pause" })).toBe("2026-11-25T19:10:00Z pause");
	});

	it("reads what it wrote", () => {
		const events = [
			{ at: at("2026-11-25T19:00:00Z"), type: "phase", phase: "inventory" },
			{ at: at("2026-11-25T19:05:00Z"), type: "pause" },
			{ at: at("2026-11-25T19:06:00Z"), type: "resume" },
			{ at: at("2026-11-25T19:20:00Z"), type: "end" },
		] as const;
		expect(parseRunLog(events.map(formatRunEvent))).toEqual(events);
	});

	it("skips entries it cannot read instead of failing", () => {
		expect(parseRunLog(["nonsense", 42, null, "2026-13-45T99:00:00Z pause", "2026-11-25T19:00:00Z jump x", "2026-11-25T19:00:00Z phase"])).toEqual([]);
		expect(parseRunLog("2026-11-25T19:00:00Z pause")).toEqual([]);
		expect(parseRunLog(undefined)).toEqual([]);
	});

	it("puts events in time order, keeping the written order for equal times", () => {
		const log = ["2026-11-25T19:10:00Z phase b", "2026-11-25T19:00:00Z phase a", "2026-11-25T19:10:00Z pause"];
		expect(parseRunLog(log).map((e) => e.type + (e.type === "phase" ? e.phase : ""))).toEqual(["phasea", "phaseb", "pause"]);
	});
});
