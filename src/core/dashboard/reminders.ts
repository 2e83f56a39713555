import { daysBetween, isDay } from "../dates/local-day";
import type { CaseNote, SessionNote } from "../schema/notes";
import type { GoalRow, Reminder, ReminderKind, SessionRow } from "./dashboard-model";
import { isReady } from "./session-facts";

export interface ReminderFacts {
	today: string;
	reminderDays: number;
	/** The next session, when I bring a case there. */
	myNextCase: { session: SessionNote; kase: CaseNote | null } | null;
	sessions: readonly SessionRow[];
	sessionTitle(path: string): string;
	goals: readonly GoalRow[];
	openActions: readonly { path: string; text: string; due: string | null }[];
}

const KIND_ORDER: Record<ReminderKind, number> = { "case-not-ready": 0, "deadline-near": 1, "report-missing": 2, "action-overdue": 3 };

/** What to act on, oldest date first: the most overdue on top. */
export function reminders(facts: ReminderFacts): Reminder[] {
	const { today, reminderDays } = facts;
	const out: Reminder[] = [];
	const at = (kind: ReminderKind, path: string, title: string, date: string | null): Reminder => ({ kind, path, title, date, days: date === null ? null : daysBetween(today, date) });
	const next = facts.myNextCase;
	if (next?.session.date && daysBetween(today, next.session.date) <= reminderDays && !(next.kase && isReady(next.kase))) {
		const { path, title } = next.kase ?? next.session;
		const reminder = at("case-not-ready", path, title, next.session.date);
		out.push(next.kase ? { ...reminder, caseNote: true } : reminder);
	}
	for (const row of facts.sessions) {
		if (row.reportMissing) out.push(at("report-missing", row.path, facts.sessionTitle(row.path), row.date));
	}
	for (const goal of facts.goals) {
		if (goal.status === "active" && goal.deadline !== null && goal.daysLeft !== null && goal.daysLeft <= reminderDays) {
			out.push(at("deadline-near", goal.path, goal.title, goal.deadline));
		}
	}
	for (const action of facts.openActions) {
		if (isDay(action.due) && action.due < today) out.push(at("action-overdue", action.path, action.text, action.due));
	}
	return out.sort((a, b) => (a.days ?? Infinity) - (b.days ?? Infinity) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
