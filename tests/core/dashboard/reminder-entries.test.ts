import { describe, expect, it } from "vitest";
import type { Reminder } from "../../../src/core/dashboard/dashboard-model";
import { isUrgent, reminderEntries } from "../../../src/core/dashboard/reminder-entries";

const action = (title: string, days: number): Reminder => ({ kind: "action-overdue", path: "R.md", title, date: "2026-01-01", days });
const report: Reminder = { kind: "report-missing", path: "S.md", title: "Session 3", date: "2026-01-01", days: -3 };

describe("isUrgent", () => {
	it("is red only for what is due today or more than a week overdue", () => {
		expect([-30, -8, -7, -1, 0, 1, 7].map(isUrgent)).toEqual([true, true, false, false, true, false, false]);
		expect(isUrgent(null)).toBe(false);
	});
});

describe("reminderEntries", () => {
	it("gathers overdue actions into one line where the first of them stood, urgent when one of them is", () => {
		const entries = reminderEntries([action("a", -45), report, action("b", -3), action("c", -2)]);
		expect(entries.map((e) => e.kind)).toEqual(["actions", "single"]);
		expect(entries[0]).toEqual({ kind: "actions", urgent: true, lines: [action("a", -45), action("b", -3), action("c", -2)].map((reminder) => ({ reminder, urgent: reminder.days === -45 })) });
		expect(entries[1]).toEqual({ kind: "single", line: { reminder: report, urgent: false } });
	});

	it("keeps a single overdue action as its own line", () => {
		expect(reminderEntries([report, action("a", -2)]).map((e) => e.kind)).toEqual(["single", "single"]);
	});

	it("is calm when no action in the group is urgent", () => {
		const [entry] = reminderEntries([action("a", -3), action("b", -2)]);
		expect(entry).toMatchObject({ kind: "actions", urgent: false });
	});
});
