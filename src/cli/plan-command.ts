import type { PlannedSession } from "../core/planning/plan-sessions";
import { PlanError, planSessions } from "../core/planning/plan-sessions";
import { MAX_INTERVAL_WEEKS, MIN_INTERVAL_WEEKS } from "../core/planning/session-dates";
import { printableJson } from "../core/text/printable-json";
import { printableName } from "../core/text/printable-name";
import type { CliIo } from "./cli-io";
import { EXIT, UsageError } from "./cli-io";

const VALUE_OPTIONS = ["--members", "--start", "--sessions", "--end", "--every", "--facilitator"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

export interface PlanArgs {
	members: string[];
	start: string;
	sessions: number;
	end: string | null;
	every: { weeks: number } | null;
	facilitator: string | null;
	json: boolean;
}

/** `intervisie plan …`: prints a plan of sessions with dates and roles. Never writes. */
export function planCommand(args: readonly string[], io: CliIo): number {
	const options = planArgs(args);
	let plan: PlannedSession[];
	try {
		plan = planSessions({
			members: options.members,
			start: options.start,
			end: options.end,
			sessions: options.sessions,
			every: options.every,
			outsideFacilitator: options.facilitator,
		});
	} catch (error) {
		if (error instanceof PlanError) throw new UsageError(error.message);
		throw error;
	}
	io.stdout(options.json ? planJson(plan) : planText(plan));
	return EXIT.ok;
}

export function planArgs(args: readonly string[]): PlanArgs {
	const values = new Map<ValueOption, string>();
	let json = false;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] ?? "";
		if (arg === "--json") {
			json = true;
			continue;
		}
		const [name = "", inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
		const option = VALUE_OPTIONS.find((known) => known === name);
		if (option === undefined) throw new UsageError(arg.startsWith("-") ? `Unknown option: ${arg}` : `plan takes no arguments without an option, got: ${arg}`);
		if (values.has(option)) throw new UsageError(`${option} is given twice.`);
		const value = inline ?? args[++i];
		if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new UsageError(`${option} needs a value.`);
		values.set(option, value);
	}
	const members = (values.get("--members") ?? "").split(",").map((m) => m.trim()).filter((m) => m !== "");
	if (members.length === 0) throw new UsageError('plan needs members: --members "Anna,Bram,Carla"');
	const start = values.get("--start");
	if (start === undefined) throw new UsageError("plan needs a start date: --start YYYY-MM-DD");
	const end = values.get("--end") ?? null;
	const every = values.get("--every");
	if (end !== null && every !== undefined) throw new UsageError("Give either --end or --every, not both.");
	return { members, start, sessions: sessionCount(values.get("--sessions")), end, every: every === undefined ? null : interval(every), facilitator: values.get("--facilitator") ?? null, json };
}

function sessionCount(value: string | undefined): number {
	if (value === undefined) throw new UsageError("plan needs the number of sessions: --sessions N");
	const count = /^\d+$/.test(value) ? Number(value) : NaN;
	if (!(count >= 1)) throw new UsageError(`--sessions must be a positive whole number, got: ${value}`);
	return count;
}

function interval(value: string): { weeks: number } {
	const weeks = /^[1-9]\d*w$/.test(value) ? Number(value.slice(0, -1)) : NaN;
	if (!(weeks >= MIN_INTERVAL_WEEKS && weeks <= MAX_INTERVAL_WEEKS)) throw new UsageError(`--every must be ${MIN_INTERVAL_WEEKS}w to ${MAX_INTERVAL_WEEKS}w (weeks), got: ${value}`);
	return { weeks };
}

function planJson(plan: readonly PlannedSession[]): string {
	const sessions = plan.map((s) => ({ number: s.number, date: s.date, case_bringer: s.caseBringer, facilitator: s.facilitator, note_taker: s.noteTaker }));
	return `${printableJson({ sessions }, 2)}\n`;
}

function planText(plan: readonly PlannedSession[]): string {
	const rows = [["#", "Date", "Case-bringer", "Facilitator", "Note-taker"], ...plan.map((s) => [String(s.number), s.date, s.caseBringer, s.facilitator, s.noteTaker ?? ""].map(printableName))];
	const widths = [0, 1, 2, 3].map((col) => Math.max(...rows.map((row) => (row[col] ?? "").length)));
	return rows.map((row) => `${row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join("  ").trimEnd()}\n`).join("");
}
