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

export type RowCode = "not-a-date" | "date-taken" | "date-twice" | "facilitator-brings" | "note-taker-brings" | "note-taker-facilitates" | "no-case-bringer" | "not-a-member" | "after-end" | "second-turn-early";

/** Errors keep the plan from being created; warnings are shown and allowed. */
export interface RowMessage {
	severity: "error" | "warning";
	code: RowCode;
	name?: string;
	/** For `second-turn-early`: the members who have not brought a case yet. */
	waiting?: string[];
}

export interface RowContext {
	members: readonly string[];
	/** Days the trajectory's existing sessions (not cancelled) already have. */
	takenDates: readonly string[];
	end: string | null;
	/** Cases each member brought in the trajectory's sessions so far, by name. */
	turnsSoFar?: Readonly<Record<string, number>>;
}

export function rowsFromPlan(plan: readonly PlannedSession[]): PlanRow[] {
	return plan.map((s) => ({ number: s.number, date: s.date, caseBringers: s.caseBringer ? [s.caseBringer] : [], facilitator: s.facilitator || null, noteTaker: s.noteTaker, theme: null }));
}

/** What is wrong with each row, in the order of the rows; an empty list where all is well. */
export function checkRows(rows: readonly PlanRow[], context: RowContext): RowMessage[][] {
	const taken = new Set(context.takenDates);
	const dateCounts = new Map<string, number>();
	for (const row of rows) dateCounts.set(row.date, (dateCounts.get(row.date) ?? 0) + 1);
	const early = earlySecondTurns(rows, context);
	return rows.map((row, index) => {
		const messages: RowMessage[] = [];
		const add = (severity: RowMessage["severity"]) => (code: RowCode, name?: string) => messages.push(name === undefined ? { severity, code } : { severity, code, name });
		const error = add("error");
		const warning = add("warning");
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
		for (const found of early[index] ?? []) messages.push(found);
		return messages;
	});
}

/**
 * After cells were changed by hand the rotation may no longer be fair: someone brings another case while
 * others are still waiting for their first. A warning, since a group may agree on it.
 */
function earlySecondTurns(rows: readonly PlanRow[], context: RowContext): RowMessage[][] {
	const turns = new Map(context.members.map((m) => [m, countFor(context.turnsSoFar, m)]));
	const byDate = rows.map((row, index) => ({ row, index })).sort((a, b) => a.row.date.localeCompare(b.row.date) || a.index - b.index);
	const found: RowMessage[][] = rows.map(() => []);
	for (const { row, index } of byDate) {
		const bringers = row.caseBringers.flatMap((name) => {
			const member = context.members.find((m) => sameName(m, name));
			return member === undefined ? [] : [{ name, member }];
		});
		for (const { name, member } of bringers) {
			const mine = turns.get(member) ?? 0;
			const fewest = Math.min(...turns.values());
			if (mine > fewest) {
				const waiting = context.members.filter((m) => m !== member && (turns.get(m) ?? 0) === fewest);
				found[index]?.push({ severity: "warning", code: "second-turn-early", name, waiting });
			}
		}
		for (const { member } of bringers) turns.set(member, (turns.get(member) ?? 0) + 1);
	}
	return found;
}

function countFor(turns: Readonly<Record<string, number>> | undefined, member: string): number {
	if (!turns) return 0;
	return Object.entries(turns).reduce((sum, [name, count]) => (sameName(name, member) ? sum + count : sum), 0);
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
