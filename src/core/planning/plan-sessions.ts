import { countsInRotation } from "./counts";
import { avoidTakenDays } from "./free-dates";
import { PlanError } from "./plan-error";
import { chooseNoteTaker, lastMember, tallyOf } from "./role-rules";
import { countIn, nextInTurn } from "./rotation";
import { sessionDates, withinCalendar } from "./session-dates";

export { PlanError } from "./plan-error";

export interface ExistingSession {
	date: string;
	/** Its number in the trajectory; new sessions are numbered after the highest. */
	number?: number | null;
	caseBringers: string[];
	facilitator: string | null;
	noteTaker?: string | null;
	status: string;
}

export interface PlanInput {
	members: string[];
	start: string;
	end?: string | null;
	sessions: number;
	every?: { weeks: number } | null;
	outsideFacilitator?: string | null;
	existing?: ExistingSession[];
}

export interface PlannedSession {
	number: number;
	date: string;
	caseBringer: string;
	facilitator: string;
	/** Null when nobody fits: a single member with an outside facilitator. */
	noteTaker: string | null;
}

/**
 * Plans sessions: dates, and a fair rotation in which everyone brings a case before anyone brings a second,
 * continuing after the existing sessions that count. The facilitator is never that session's case-bringer;
 * the note-taker rotates too (see `chooseNoteTaker`). Numbers go on after the existing sessions, and a day an
 * existing session already has is not planned again: that session moves on by a week (see `avoidTakenDays`).
 */
export function planSessions(input: PlanInput): PlannedSession[] {
	const members = validMembers(input.members);
	const outside = input.outsideFacilitator?.trim() || null;
	if (outside !== null && members.includes(outside)) throw new PlanError(`The outside facilitator ${outside} is also a member.`);
	if (outside === null && members.length < 2) throw new PlanError("Plan needs at least two members, or an outside facilitator.");
	if (!Number.isInteger(input.sessions) || input.sessions < 1) throw new PlanError(`The number of sessions must be a whole number of at least 1, got: ${input.sessions}`);
	const existing = input.existing ?? [];
	const counted = existing.filter((s) => countsInRotation(s.status));
	const dates = withinCalendar(avoidTakenDays(sessionDates(input, input.sessions), new Set(counted.map((s) => s.date))));
	const firstNumber = Math.max(existing.length, ...existing.map((s) => s.number ?? 0)) + 1;

	const history = [...counted].sort((a, b) => a.date.localeCompare(b.date));
	const pastBringers = history.flatMap((s) => s.caseBringers);
	const pastNoteTakers = history.map((s) => s.noteTaker ?? null);
	const bringers = tallyOf(members, pastBringers);
	const facilitators = tallyOf(members, history.map((s) => s.facilitator));
	const noteTakers = tallyOf(members, pastNoteTakers);
	let lastBringer = lastMember(members, pastBringers);
	let lastNoteTaker = lastMember(members, pastNoteTakers);

	return dates.map((date, i) => {
		const caseBringer = nextInTurn(members, bringers, lastBringer) ?? "";
		countIn(bringers, caseBringer);
		lastBringer = caseBringer;
		const facilitator = outside ?? nextInTurn(members, facilitators, caseBringer, caseBringer) ?? "";
		countIn(facilitators, facilitator);
		const noteTaker = chooseNoteTaker(members, noteTakers, lastNoteTaker, [caseBringer], facilitator);
		if (noteTaker !== null) {
			countIn(noteTakers, noteTaker);
			lastNoteTaker = noteTaker;
		}
		return { number: firstNumber + i, date, caseBringer, facilitator, noteTaker };
	});
}

function validMembers(names: readonly string[]): string[] {
	const members = names.map((name) => name.trim());
	if (members.length === 0) throw new PlanError("Plan needs members.");
	if (members.some((name) => name === "")) throw new PlanError("A member name is empty.");
	const seen = new Set<string>();
	for (const name of members) {
		const key = name.toLowerCase();
		if (seen.has(key)) throw new PlanError(`Member named twice: ${name}`);
		seen.add(key);
	}
	return members;
}
