import type { Language } from "./language";

/** A session as a change names it: its title, and its number when it has one. */
interface SessionRef {
	title: string;
	number: number | null;
}

/** One member's turn that a change takes away, gives, or moves (the planning's `TurnChange`). */
interface TurnChange {
	who: string;
	role: "case-bringers" | "facilitator" | "note-taker";
	from: SessionRef | null;
	to: SessionRef | null;
}

/** Words for what moving or cancelling a session means for each member, and for the button that does it. */
export interface TurnStrings {
	heading: string;
	nobody: string;
	change(change: TurnChange): string;
	moveButton(session: SessionRef, date: string, later: boolean): string;
	cancelButton(session: SessionRef, turnsMove: boolean): string;
}

const enSession = (s: SessionRef) => (s.number === null ? s.title : `session ${s.number}`);
const nlSession = (s: SessionRef) => (s.number === null ? s.title : `bijeenkomst ${s.number}`);
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const TURN_STRINGS: Record<Language, TurnStrings> = {
	en: {
		heading: "Who is affected",
		nobody: "No one's turn changes.",
		change: ({ who, role, from, to }) => {
			const verb = { "case-bringers": "brings a case in", facilitator: "chairs", "note-taker": "takes notes in" }[role];
			const stop = { "case-bringers": "no longer brings a case in", facilitator: "no longer chairs", "note-taker": "no longer takes notes in" }[role];
			if (from && to) return `${who} ${verb} ${enSession(to)} instead of ${enSession(from)}.`;
			if (to) return `${who} now ${verb} ${enSession(to)}.`;
			return `${who} ${stop} ${from ? enSession(from) : ""}.`;
		},
		moveButton: (s, date, later) => `Move ${enSession(s)} to ${date}${later ? " with the later sessions" : ""}`,
		cancelButton: (s, turnsMove) => `Cancel ${enSession(s)}${turnsMove ? " and move the turns on" : ""}`,
	},
	nl: {
		heading: "Voor wie verandert er iets",
		nobody: "Niemands beurt verandert.",
		change: ({ who, role, from, to }) => {
			if (role === "case-bringers") {
				if (from && to) return `${who} brengt een casus in ${nlSession(to)} in plaats van in ${nlSession(from)}.`;
				if (to) return `${who} brengt nu een casus in ${nlSession(to)}.`;
				return `${who} brengt geen casus meer in ${from ? nlSession(from) : ""}.`;
			}
			const verb = role === "note-taker" ? "notuleert in" : "leidt het gesprek in";
			if (from && to) return `${who} ${verb} ${nlSession(to)} in plaats van in ${nlSession(from)}.`;
			if (to) return `${who} ${verb} ${nlSession(to)}.`;
			return `${who} ${verb} ${from ? nlSession(from) : ""} niet meer.`;
		},
		moveButton: (s, date, later) => `${capital(nlSession(s))} verplaatsen naar ${date}${later ? ", met de latere bijeenkomsten" : ""}`,
		cancelButton: (s, turnsMove) => `${capital(nlSession(s))} afzeggen${turnsMove ? " en de beurten doorschuiven" : ""}`,
	},
};
