import { formatDay } from "../dates/format-day";
import { DATE_WORDS } from "./date-words";
import { capital, GLOSSARY } from "./glossary";
import type { Language } from "./language";

const EN = GLOSSARY.en;
const NL = GLOSSARY.nl;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Every text of the trajectory report, in sentence case. */
const en = {
	title: "Trajectory report",
	/** A personal vault whose notes name nobody gives a report without a name. */
	documentTitle: (member: string, trajectory: string) => (member ? `Trajectory report ${member}, ${trajectory}` : `Trajectory report ${trajectory}`),
	groupTitle: (trajectory: string) => `Trajectory reports, ${trajectory}`,
	dates: DATE_WORDS.en,
	decimal: ".",
	about: {
		participant: "Participant",
		trajectory: "Trajectory",
		period: "Period",
		facilitator: "Facilitator",
		made: "Made on",
		from: (day: string) => `from ${day}`,
		until: (day: string) => `until ${day}`,
		range: (from: string, to: string) => `${from} to ${to}`,
	},
	sections: {
		intake: "Intake",
		goals: "Learning goals",
		sessions: "Sessions",
		insights: "What I learned",
		actions: "Actions",
		evaluation: "Final evaluation",
	},
	goals: {
		none: "No learning goals in this trajectory.",
		status: "Status",
		statuses: { draft: "Draft", active: "Active", achieved: "Achieved", paused: "Paused", dropped: "Dropped" },
		baseline: "Start",
		target: "Target",
		deadline: capital(EN.targetDate.one),
		scale: "Scale",
		scaleRange: (min: string, max: string) => `${min} to ${max}`,
		statement: "What I will do",
		noStatement: "Not described yet.",
		quality: "Quality check",
		allMet: "Meets every quality criterion that can be checked.",
		progress: "Progress",
		noRatings: "No ratings yet.",
		date: "Date",
		rating: "Rating",
		chartPoint: (day: string, rating: string) => `${day}: ${rating}`,
		chartBaseline: (value: string) => `start ${value}`,
		chartTarget: (value: string) => `target ${value}`,
	},
	sessions: {
		none: "No sessions held yet.",
		attendedCount: (attended: number, held: number) => `Attended ${attended} of ${plural(held, "session", "sessions")}.`,
		unrecorded: (n: number) => `Attendance not recorded for ${plural(n, "session", "sessions")}.`,
		caseCount: (n: number) => `${n === 0 ? "No" : n} ${n === 1 ? "case" : "cases"} brought in.`,
		number: "Session",
		date: "Date",
		theme: "Theme",
		method: "Method",
		attended: "Attended",
		broughtCase: "Case brought in",
		yes: "Yes",
		no: "No",
		unknown: "Not recorded",
	},
	insights: {
		none: "No insights included.",
		from: (day: string, source: string) => `${day}, ${source}`,
	},
	actions: {
		none: "No actions included.",
		action: "Action",
		due: "Due",
		state: "Status",
		done: "Done",
		open: "Open",
	},
	intake: {
		none: "No intake note.",
		date: "Date",
		manager: "Manager",
		facilitator: "Facilitator",
		rating: "Rating at the intake",
	},
	evaluation: {
		none: "No final evaluation yet.",
		date: "Date",
		manager: "Manager",
		facilitator: "Facilitator",
		rating: "Final rating",
	},
	notRated: "Not rated",
	/** What a link to a private note becomes in the report. */
	privateLabel: "private note",
	footer: "Parts marked private, and other members' cases, are left out of this report.",
};

export type ReportStrings = typeof en;

const nl: ReportStrings = {
	title: "Trajectverslag",
	documentTitle: (member, trajectory) => (member ? `Trajectverslag ${member}, ${trajectory}` : `Trajectverslag ${trajectory}`),
	groupTitle: (trajectory) => `Trajectverslagen, ${trajectory}`,
	dates: DATE_WORDS.nl,
	decimal: ",",
	about: {
		participant: "Deelnemer",
		trajectory: "Traject",
		period: "Periode",
		facilitator: "Begeleider",
		made: "Gemaakt op",
		from: (day) => `vanaf ${day}`,
		until: (day) => `tot ${day}`,
		range: (from, to) => `${from} tot ${to}`,
	},
	sections: {
		intake: "Intake",
		goals: "Leerdoelen",
		sessions: "Bijeenkomsten",
		insights: "Wat ik leerde",
		actions: "Acties",
		evaluation: "Eindevaluatie",
	},
	goals: {
		none: "Geen leerdoelen in dit traject.",
		status: "Status",
		statuses: { draft: "Concept", active: "Actief", achieved: "Bereikt", paused: "Gepauzeerd", dropped: "Gestopt" },
		baseline: "Start",
		target: "Doel",
		deadline: capital(NL.targetDate.one),
		scale: "Schaal",
		scaleRange: (min, max) => `${min} tot ${max}`,
		statement: "Wat ik ga doen",
		noStatement: "Nog niet beschreven.",
		quality: "Kwaliteitscheck",
		allMet: "Voldoet aan elk criterium dat te controleren is.",
		progress: "Voortgang",
		noRatings: "Nog geen beoordelingen.",
		date: "Datum",
		rating: "Beoordeling",
		chartPoint: (day, rating) => `${day}: ${rating}`,
		chartBaseline: (value) => `start ${value}`,
		chartTarget: (value) => `doel ${value}`,
	},
	sessions: {
		none: "Nog geen bijeenkomsten gehouden.",
		attendedCount: (attended, held) => `Aanwezig bij ${attended} van ${plural(held, "bijeenkomst", "bijeenkomsten")}.`,
		unrecorded: (n) => `Aanwezigheid niet bijgehouden bij ${plural(n, "bijeenkomst", "bijeenkomsten")}.`,
		caseCount: (n) => `${n === 0 ? "Geen" : n} ${n === 1 ? "casus" : "casussen"} ingebracht.`,
		number: "Bijeenkomst",
		date: "Datum",
		theme: "Thema",
		method: "Methode",
		attended: "Aanwezig",
		broughtCase: "Casus ingebracht",
		yes: "Ja",
		no: "Nee",
		unknown: "Niet bijgehouden",
	},
	insights: {
		none: "Geen inzichten opgenomen.",
		from: (day, source) => `${day}, ${source}`,
	},
	actions: {
		none: "Geen acties opgenomen.",
		action: "Actie",
		due: "Datum",
		state: "Status",
		done: "Gedaan",
		open: "Open",
	},
	intake: {
		none: "Geen intakenotitie.",
		date: "Datum",
		manager: "Leidinggevende",
		facilitator: "Begeleider",
		rating: "Beoordeling bij de intake",
	},
	evaluation: {
		none: "Nog geen eindevaluatie.",
		date: "Datum",
		manager: "Leidinggevende",
		facilitator: "Begeleider",
		rating: "Eindbeoordeling",
	},
	notRated: "Niet beoordeeld",
	privateLabel: "privénotitie",
	footer: "Wat als privé is gemarkeerd, en de casussen van andere deelnemers, staan niet in dit verslag.",
};

export const REPORT_STRINGS: Readonly<Record<Language, ReportStrings>> = { nl, en };

/** `2026-03-10` as "10 March 2026" / "10 maart 2026", with plain spaces: the report is a note people search. */
export function reportDay(day: string, t: ReportStrings): string {
	return formatDay(day, t.dates, "text", " ");
}

/** A rating as written in the language: `6.5` / `6,5`. */
export function reportNumber(value: number, t: ReportStrings): string {
	return String(value).replace(".", t.decimal);
}
