import { ROLE_IDS, type RoleId } from "./method";

/** Words people write for a role, Dutch ones included, after lower-casing and joining words with a dash. */
const ROLE_WORDS: ReadonlyMap<string, RoleId> = new Map<string, RoleId>(
	Object.entries({
	casebringer: "case-bringer",
	inbrenger: "case-bringer",
	casusinbrenger: "case-bringer",
	gespreksleider: "facilitator",
	procesbegeleider: "facilitator",
	begeleider: "facilitator",
	voorzitter: "facilitator",
	notetaker: "note-taker",
	verslaglegger: "note-taker",
	notulist: "note-taker",
	"time-keeper": "timekeeper",
	tijdbewaker: "timekeeper",
	waarnemer: "observer",
	observator: "observer",
	participant: "participants",
	deelnemer: "participants",
	deelnemers: "participants",
	} satisfies Record<string, RoleId>),
);

/** The role a word names, or null when it names none. */
export function roleFromWord(word: string): RoleId | null {
	const key = word.trim().toLowerCase().replace(/[\s_]+/g, "-");
	return (ROLE_IDS as readonly string[]).includes(key) ? (key as RoleId) : (ROLE_WORDS.get(key) ?? null);
}
