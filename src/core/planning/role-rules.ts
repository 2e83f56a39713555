import { sameName } from "../index/my-notes";
import type { Tally } from "./rotation";
import { countIn, emptyTally, nextInTurn } from "./rotation";

/** The member names among `names`, letter case ignored; names of non-members drop out. */
export function asMembers(members: readonly string[], names: readonly (string | null)[]): string[] {
	return members.filter((member) => names.some((name) => name !== null && sameName(name, member)));
}

/** How often each member appears among `names` (letter case ignored); non-members are not counted. */
export function tallyOf(members: readonly string[], names: readonly (string | null)[]): Tally {
	const tally = emptyTally(members);
	for (const name of names) for (const member of asMembers(members, [name])) countIn(tally, member);
	return tally;
}

/** The member named last among `names`, as the member list spells it; null when none is a member. */
export function lastMember(members: readonly string[], names: readonly (string | null)[]): string | null {
	for (let i = names.length - 1; i >= 0; i--) {
		const [member] = asMembers(members, [names[i] ?? null]);
		if (member !== undefined) return member;
	}
	return null;
}

/**
 * Who takes notes: never a case-bringer; not the facilitator either while another member is free. So in a
 * group of two the facilitator takes notes, and with an outside facilitator a member other than the
 * case-bringer does. Null when nobody fits (one member with an outside facilitator).
 */
export function chooseNoteTaker(members: readonly string[], tally: Tally, after: string | null, caseBringers: readonly string[], facilitator: string | null): string | null {
	const busy = asMembers(members, [...caseBringers, facilitator]);
	const free = nextInTurn(members, tally, after, busy);
	if (free !== null) return free;
	const [leader] = asMembers(members, [facilitator]);
	return leader !== undefined && !asMembers(members, caseBringers).includes(leader) ? leader : null;
}

/** The note-taker breaks the rule above: brings a case, or facilitates while another member is free. */
export function noteTakerConflict(members: readonly string[], caseBringers: readonly string[], facilitator: string | null, noteTaker: string | null): boolean {
	if (noteTaker === null) return false;
	if (caseBringers.some((name) => sameName(name, noteTaker))) return true;
	if (facilitator === null || !sameName(facilitator, noteTaker)) return false;
	const busy = asMembers(members, [...caseBringers, facilitator]);
	return members.some((member) => !busy.includes(member));
}
