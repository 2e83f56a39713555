import { describe, expect, it } from "vitest";
import { facilitatorModel } from "./fixture";

describe("attendance matrix", () => {
	it("marks each member per session: present or absent from the attendance list, unknown without one or when planned", () => {
		const m = facilitatorModel();
		const marks = (name: string) => m.attendance.find((r) => r.member === name)?.cells.map((c) => c.mark);
		expect(marks("Anna")).toEqual(["present", "unknown", "no-session", "present", "unknown", "unknown"]);
		expect(marks("Bram")).toEqual(["present", "unknown", "no-session", "absent", "unknown", "unknown"]);
		expect(marks("Farid")).toEqual(["absent", "unknown", "no-session", "present", "unknown", "unknown"]);
		expect(m.attendance.find((r) => r.member === "Farid")).toMatchObject({ present: 1, absent: 1 });
	});

	it("has a row per member and a cell per session column", () => {
		const m = facilitatorModel();
		expect(m.attendance.map((r) => r.member)).toEqual(["Anna", "Bram", "Chris", "Dewi", "Eva", "Farid", "Gijs"]);
		for (const row of m.attendance) expect(row.cells.map((c) => c.sessionPath)).toEqual(m.sessions.map((s) => s.path));
	});
});
