import { describe, expect, it } from "vitest";
import type { FileChange } from "../../../src/core/planning/session-changes";
import { turnChanges } from "../../../src/core/planning/turn-changes";

const file = (number: number, date: string, changes: FileChange["changes"]): FileChange => ({ path: `S${number}.md`, title: `Session ${number}`, number, date, changes });
const ref = (number: number) => ({ title: `Session ${number}`, number });

describe("turnChanges", () => {
	it("pairs a turn taken in one session with the same member's turn given in a later one", () => {
		const files = [
			file(4, "2026-04-06", [{ key: "case-bringers", from: ["Carla"], to: ["Bram"] }]),
			file(2, "2026-02-09", [{ key: "status", from: "planned", to: "cancelled" }, { key: "case-bringers", from: ["Bram"], to: ["Bram"] }]),
			file(3, "2026-03-09", [{ key: "case-bringers", from: ["Bram"], to: ["Eva"] }, { key: "facilitator", from: "Eva", to: "Carla" }]),
		];
		const before = (path: string) => (path === "S2.md" ? { caseBringers: ["Bram"], facilitator: "Dirk", noteTaker: null } : null);
		expect(turnChanges(files, before)).toEqual([
			{ who: "Bram", role: "case-bringers", from: ref(2), to: ref(4) },
			{ who: "Bram", role: "case-bringers", from: ref(3), to: null },
			{ who: "Eva", role: "case-bringers", from: null, to: ref(3) },
			{ who: "Carla", role: "case-bringers", from: ref(4), to: null },
			{ who: "Dirk", role: "facilitator", from: ref(2), to: null },
			{ who: "Eva", role: "facilitator", from: ref(3), to: null },
			{ who: "Carla", role: "facilitator", from: null, to: ref(3) },
		]);
	});

	it("finds no turn change in a change of date alone", () => {
		expect(turnChanges([file(3, "2026-03-09", [{ key: "date", from: "2026-03-09", to: "2026-03-16" }])], () => null)).toEqual([]);
	});
});
