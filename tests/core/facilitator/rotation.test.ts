import { describe, expect, it } from "vitest";
import { facilitatorModel, GROUP } from "./fixture";

describe("case rotation", () => {
	it("counts cases brought in held sessions, names the planned next turn and who has not brought one yet", () => {
		const m = facilitatorModel();
		const row = (name: string) => m.rotation.find((r) => r.member === name);
		expect(row("Anna")).toEqual({
			member: "Anna",
			brought: [{ path: "Intervisie/Sessions/Session 1.md", number: 1, date: "2026-01-20" }],
			next: { path: `${GROUP}/Dewi/Session 6.md`, number: 6, date: "2026-05-12" },
			notYet: false,
		});
		// Session 3 was cancelled: Chris's turn there does not count.
		expect(row("Chris")?.brought.map((s) => s.number)).toEqual([4]);
		expect(row("Dewi")?.brought.map((s) => s.number)).toEqual([4]);
		expect(row("Eva")).toMatchObject({ brought: [], notYet: true, next: { number: 5 } });
		expect(row("Farid")).toMatchObject({ brought: [], notYet: true, next: null });
		expect(m.rotation.map((r) => r.member)).toEqual(["Anna", "Bram", "Chris", "Dewi", "Eva", "Farid", "Gijs"]);
	});
});
