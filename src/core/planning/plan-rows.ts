import { isDay } from "../dates/local-day";
import { sameName } from "../index/my-notes";
import type { SessionInput } from "../notes/build-session";
import type { PlannedSession } from "./plan-sessions";
import { noteTakerConflict } from "./role-rules";

/** One session of the plan as the preview shows it; every field but the number can be changed. */
export interface PlanRow {
	number: number;
	date: string;
	caseBringers: string[];
	facilitator: string | null;
	noteTaker: string | null;
	theme: string | null;
}

export type RowCode = "not-a-date" | "date-taken" | "date-twice" | "facilitator-brings" | "note-taker-brings" | "note-taker-facilitates" | "no-case-bringer" | "not-a-member" | "after-end";

/** Errors keep the plan from being created; warnings are shown and allowed. */
export interface RowMessage {
	severity: "error" | "warning";
	code: RowCode;
	name?: string;
}

export interface RowContext {
	members: readonly string[];
	/** Days the trajectory's existing sessions (not cancelled) already have. */
	takenDates: readonly string[];
	end: string | null;
}

export function rowsFromPlan(plan: readonly PlannedSession[]): PlanRow[] {
	return plan.map((s) => ({ number: s.number, date: s.date, caseBringers: s.caseBringer ? [s.caseBringer] : [], facilitator: s.facilitator || null, noteTaker: s.noteTaker, theme: null }));
}

/** What is wrong with each row, in the order of the rows; an empty list where all is well. */
export function checkRows(rows: readonly PlanRow[], context: RowContext): RowMessage[][] {
	const taken = new Set(context.takenDates);
	const dateCounts = new Map<string, number>();
	for (const row of rows) dateCounts.set(row.date, (dateCounts.get(row.date) ?? 0) + 1);
	return rows.map((row) => {
		const messages: RowMessage[] = [];
		const error = (code: RowCode, name?: string) => messages.push(name === undefined ? { severity: "error", code } : { severity: "error", code, name });
		const warning = (code: RowCode, name?: string) => messages.push(name === undefined ? { severity: "warning", code } : { severity: "warning", code, name });
		if (!isDay(row.date)) error("not-a-date");
		else if (taken.has(row.date)) error("date-taken");
		else if ((dateCounts.get(row.date) ?? 0) > 1) error("date-twice");
		const facilitator = row.facilitator;
		if (facilitator !== null && row.caseBringers.some((name) => sameName(name, facilitator))) error("facilitator-brings", facilitator);
		if (row.caseBringers.length === 0) warning("no-case-bringer");
		for (const name of row.caseBringers) if (!context.members.some((m) => sameName(m, name))) warning("not-a-member", name);
		if (noteTakerConflict(context.members, row.caseBringers, facilitator, row.noteTaker)) {
			warning(row.caseBringers.some((name) => row.noteTaker !== null && sameName(name, row.noteTaker)) ? "note-taker-brings" : "note-taker-facilitates");
		}
		if (context.end !== null && isDay(row.date) && row.date > context.end) warning("after-end");
		return messages;
	});
}

export function hasErrors(checks: readonly RowMessage[][]): boolean {
	return checks.some((messages) => messages.some((m) => m.severity === "error"));
}

/** The session notes to create from the rows. */
export function sessionInputs(rows: readonly PlanRow[], shared: { trajectory: string; method: string | null }): SessionInput[] {
	return rows.map((row) => ({
		date: row.date,
		number: row.number,
		trajectory: shared.trajectory,
		status: "planned",
		caseBringers: [...row.caseBringers],
		facilitator: row.facilitator,
		noteTaker: row.noteTaker,
		method: shared.method,
		theme: row.theme,
		attendance: [],
	}));
}
