import { describe, expect, it } from "vitest";
import type { Reminder } from "../../../src/core/dashboard/dashboard-model";
import { dashboard, groupVault, note } from "./fixture";

const kinds = (reminders: Reminder[]): string[] => reminders.map((r) => `${r.kind} ${r.title}`);

describe("dashboard reminders", () => {
	it("reminds of my case, a missing report, a near deadline and overdue actions, oldest first", () => {
		const { reminders } = dashboard(groupVault(), {
			openActions: [
				{ path: "Reports/2026-02-09 Report session 2.md", text: "Ask two open questions", due: "2026-02-20" },
				{ path: "Reports/2026-02-09 Report session 2.md", text: "Not yet due", due: "2026-03-01" },
				{ path: "Reports/2026-02-09 Report session 2.md", text: "No date", due: null },
			],
		});
		expect(reminders).toEqual([
			{ kind: "action-overdue", path: "Reports/2026-02-09 Report session 2.md", title: "Ask two open questions", date: "2026-02-20", days: -9 },
			{ kind: "report-missing", path: "Sessions/Session 3.md", title: "Session 3", date: "2026-02-23", days: -6 },
			{ kind: "case-not-ready", path: "Cases/How can I plan.md", title: "How can I plan", date: "2026-03-05", days: 4, caseNote: true },
			{ kind: "deadline-near", path: "Goals/Listen before I advise.md", title: "Listen before I advise", date: "2026-03-05", days: 4 },
		]);
	});

	it("looks only as far ahead as asked", () => {
		expect(kinds(dashboard(groupVault(), { reminderDays: 3 }).reminders)).toEqual(["report-missing Session 3"]);
	});

	it("keeps reminding of a deadline that has passed", () => {
		expect(kinds(dashboard(groupVault(), { today: "2026-03-20", reminderDays: 0 }).reminders)).toContain("deadline-near Listen before I advise");
	});

	it("does not remind of a case that is ready, and names the session when I have no case yet", () => {
		const ready = groupVault().map((r) => (r.path === "Cases/How can I plan.md" ? note(r.path, { ...r.frontmatter, status: "ready" }) : r));
		expect(kinds(dashboard(ready).reminders)).not.toContain("case-not-ready How can I plan");
		const none = groupVault().filter((r) => r.path !== "Cases/How can I plan.md");
		expect(dashboard(none).reminders.find((r) => r.kind === "case-not-ready")).toMatchObject({ path: "Sessions/Session 4.md", title: "Session 4" });
		expect(dashboard(none).reminders.find((r) => r.kind === "case-not-ready")?.caseNote).toBeUndefined();
	});
});
