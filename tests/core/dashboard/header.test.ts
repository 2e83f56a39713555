import { describe, expect, it } from "vitest";
import { dashboard, groupVault, note } from "./fixture";

const T = "Intervisie/Trajectories/Team leads 2026.md";

describe("dashboard header", () => {
	it("names the trajectory, its period, and sessions held of planned", () => {
		const { header } = dashboard(groupVault());
		expect(header).toMatchObject({ path: T, name: "Team leads 2026", start: "2026-01-12", end: "2026-06-29", sessionsHeld: 3, sessionsPlanned: 6, scale: { min: 0, max: 5 } });
	});

	it("says what the ends of the trajectory's scale mean, in the dashboard's language or the trajectory's own words", () => {
		expect(dashboard(groupVault()).header?.scale).toEqual({ min: 0, max: 5, low: "I don't do this yet", high: "I do this as a habit" });
		expect(dashboard(groupVault(), { language: "nl" }).header?.scale).toMatchObject({ low: "dit doe ik nog niet", high: "dit doe ik als gewoonte" });
		const named = groupVault().map((r) => (r.path === T ? note(T, { ...r.frontmatter, "scale-min-label": "Never", "scale-max-label": "Always" }) : r));
		expect(dashboard(named).header?.scale).toMatchObject({ low: "Never", high: "Always" });
	});

	it("counts the session notes as planned when the trajectory does not say, leaving out cancelled ones", () => {
		const records = groupVault().map((r) => (r.path === T ? note(T, { ...r.frontmatter, "sessions-planned": null }) : r));
		records.push(note("Sessions/Session 6.md", { intervisie: "session", date: "2026-05-04", trajectory: "[[Team leads 2026]]", status: "cancelled" }));
		expect(dashboard(records).header?.sessionsPlanned).toBe(5);
	});

	it("gives the next session, and my case preparation when I bring the case", () => {
		const { header } = dashboard(groupVault());
		expect(header?.next).toEqual({ path: "Sessions/Session 4.md", date: "2026-03-05", daysToGo: 4, iAmCaseBringer: true });
		expect(header?.myCasePreparation).toEqual({ path: "Cases/How can I plan.md", ready: false });
	});

	it("calls my case ready when it is ready or discussed, and has none when I do not bring one", () => {
		const ready = groupVault().map((r) => (r.path === "Cases/How can I plan.md" ? note(r.path, { ...r.frontmatter, status: "klaar" }) : r));
		expect(dashboard(ready).header?.myCasePreparation).toEqual({ path: "Cases/How can I plan.md", ready: true });
		const none = groupVault().filter((r) => r.path !== "Cases/How can I plan.md");
		expect(dashboard(none).header?.myCasePreparation).toEqual({ path: null, ready: false });
		const later = dashboard(groupVault(), { today: "2026-03-06" }).header;
		expect(later?.next).toMatchObject({ path: "Sessions/Session 5.md", iAmCaseBringer: false });
		expect(later?.myCasePreparation).toBeNull();
	});

	it("finds my case named in the session's cases", () => {
		const records = groupVault().map((r) => {
			if (r.path === "Cases/How can I plan.md") return note(r.path, { intervisie: "case", status: "ready" });
			if (r.path === "Sessions/Session 4.md") return note(r.path, { ...r.frontmatter, cases: ["[[How can I plan]]"] });
			return r;
		});
		expect(dashboard(records).header?.myCasePreparation).toEqual({ path: "Cases/How can I plan.md", ready: true });
	});

	it("tells whether I reported on the last held session", () => {
		expect(dashboard(groupVault()).header?.lastReport).toEqual({ sessionPath: "Sessions/Session 3.md", reportPath: null });
		expect(dashboard(groupVault(), { today: "2026-02-20" }).header?.lastReport).toEqual({ sessionPath: "Sessions/Session 2.md", reportPath: "Reports/2026-02-09 Report session 2.md" });
	});

	describe("trajectory switcher", () => {
		const ME_ALIAS = "sanne de vries";
		const more = (): ReturnType<typeof groupVault> => [
			...groupVault(),
			note("Old 2025.md", { intervisie: "trajectory", name: "Old group", start: "2025-01-06", end: "2025-06-30", members: [ME_ALIAS] }),
			note("Next 2027.md", { intervisie: "trajectory", start: "2027-01-04", members: [ME_ALIAS] }),
		];

		it("lists every trajectory, newest first, and shows the one running today", () => {
			const { trajectories, header } = dashboard(more());
			expect(trajectories).toEqual([
				{ path: "Next 2027.md", name: "Next 2027", selected: false },
				{ path: T, name: "Team leads 2026", selected: true },
				{ path: "Old 2025.md", name: "Old group", selected: false },
			]);
			expect(header?.path).toBe(T);
		});

		it("shows the chosen one, and falls back when the choice is gone", () => {
			expect(dashboard(more(), { trajectory: "Old 2025.md" }).header?.name).toBe("Old group");
			expect(dashboard(more(), { trajectory: "Deleted.md" }).header?.path).toBe(T);
		});

		it("shows the newest when none runs today", () => {
			expect(dashboard(more(), { today: "2026-12-01" }).header?.path).toBe("Next 2027.md");
		});

		it("prefers a trajectory I take part in", () => {
			const records = [...groupVault(), note("Others 2026.md", { intervisie: "trajectory", author: "Joris Bakker", start: "2026-02-01", members: ["Joris Bakker"] })];
			expect(dashboard(records).header?.path).toBe(T);
		});
	});
});
