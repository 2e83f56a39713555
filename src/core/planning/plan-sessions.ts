import { PlanError } from "./plan-error";
import { countIn, emptyTally, nextInTurn } from "./rotation";
import { sessionDates } from "./session-dates";

export { PlanError } from "./plan-error";

export interface ExistingSession {
	date: string;
	caseBringers: string[];
	facilitator: string | null;
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
}

/** Sessions that did not take place (or took place under another note) give nobody a turn. */
const NOT_COUNTED = new Set(["cancelled", "canceled", "moved"]);

/**
 * Plans sessions: dates, and a fair rotation in which everyone brings a case before anyone brings a second,
 * continuing after the existing sessions that count. The facilitator is never that session's case-bringer.
 */
export function planSessions(input: PlanInput): PlannedSession[] {
	const members = validMembers(input.members);
	const outside = input.outsideFacilitator?.trim() || null;
	if (outside !== null && members.includes(outside)) throw new PlanError(`The outside facilitator ${outside} is also a member.`);
	if (outside === null && members.length < 2) throw new PlanError("Plan needs at least two members, or an outside facilitator.");
	if (!Number.isInteger(input.sessions) || input.sessions < 1) throw new PlanError(`The number of sessions must be a whole number of at least 1, got: ${input.sessions}`);
	const dates = sessionDates(input, input.sessions);

	const bringers = emptyTally(members);
	const facilitators = emptyTally(members);
	let lastBringer: string | null = null;
	const counted = (input.existing ?? []).filter((s) => !NOT_COUNTED.has(s.status.trim().toLowerCase()));
	for (const session of [...counted].sort((a, b) => a.date.localeCompare(b.date))) {
		for (const name of session.caseBringers) {
			countIn(bringers, name);
			if (members.includes(name)) lastBringer = name;
		}
		if (session.facilitator !== null) countIn(facilitators, session.facilitator);
	}

	return dates.map((date, i) => {
		const caseBringer = nextInTurn(members, bringers, lastBringer) ?? "";
		countIn(bringers, caseBringer);
		lastBringer = caseBringer;
		const facilitator = outside ?? nextInTurn(members, facilitators, caseBringer, caseBringer) ?? "";
		countIn(facilitators, facilitator);
		return { number: i + 1, date, caseBringer, facilitator };
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
