import { capital, GLOSSARY } from "./glossary";
import type { Language } from "./language";

const EN = GLOSSARY.en;
const NL = GLOSSARY.nl;

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Every text of the facilitator view, in sentence case. Dates, months and chart words come from the
 * dashboard strings; statuses from the UI strings.
 */
const en = {
	title: "Facilitator view",
	command: "Open facilitator view",
	switcher: "Trajectory",
	sections: {
		group: "Group",
		attendance: "Attendance",
		rotation: "Case rotation",
		reports: "Reports per session",
		covered: "Themes and methods",
		questions: "Questions over the trajectory",
		members: "Members",
	},
	header: {
		facilitator: (name: string) => `Facilitator: ${name}`,
		members: (n: number, names: string) => (n === 0 ? "No members yet" : `${plural(n, "member", "members")}: ${names}`),
		progress: (held: number, planned: number) => `${held} of ${planned} sessions held`,
		next: (session: string, when: string) => `Next session: ${session}, ${when}`,
		noNext: "No session planned",
	},
	session: {
		title: (n: number | null) => (n === null ? "Session" : `Session ${n}`),
		noDate: "No date",
		sharedBy: (name: string) => `Shared by ${name}`,
	},
	attendance: {
		caption: "Attendance per member and session",
		member: "Member",
		marks: { present: "present", absent: "absent", unknown: "unknown", "no-session": "no session" },
		cell: (member: string, session: string, mark: string) => `${member}, ${session}: ${mark}`,
		legend: "Legend",
		none: "No sessions yet.",
		noMembers: "No members yet. Add them to the trajectory note.",
	},
	rotation: {
		brought: (n: number) => (n === 0 ? "No case yet" : `Brought ${plural(n, "case", "cases")}`),
		next: (session: string) => `Next turn: ${session}`,
		noTurn: "No turn planned",
		notYet: "Not yet",
		broughtHead: "Brought a case in",
		nextHead: "Next turn",
	},
	reports: {
		shared: (found: number, expected: number) => `${found} of ${expected} expected reports shared`,
		missing: (names: string) => `Missing: ${names}`,
		allIn: "No reports missing",
		attendanceUnknown: "No attendance recorded: every member is expected to report.",
		found: "Shared reports",
		reportOf: (member: string, session: string) => `Report of ${member} on ${session}`,
		noneHeld: "No sessions held yet.",
		missingHead: "Missing",
	},
	covered: {
		themes: "Themes",
		methods: "Methods",
		count: (n: number) => plural(n, "session", "sessions"),
		noThemes: "No themes recorded in held sessions yet.",
		noMethods: "No methods recorded in held sessions yet.",
	},
	questions: {
		intro: "The question round of each held session, as counted by the question coach in the session note.",
		open: (open: number, total: number, percent: number | null) => (percent === null ? "No question got a kind" : `${open} of ${total} open (${percent} %)`),
		kinds: { open: "open", closed: "closed", advice: "advice in disguise", leading: "leading" },
		kind: (word: string, n: number) => `${n} ${word}`,
		helped: (n: number) => (n === 0 ? "None marked as helpful" : `${n} helped the case-bringer`),
		from: (member: string) => `Counted in ${member}'s copy`,
		untallied: (n: number) => `${plural(n, "held session", "held sessions")} without questions noted.`,
		none: "No questions noted yet. They are counted when the question round is run with Run session.",
	},
	members: {
		notListed: "Not in the member list",
		nothingShared: "Nothing shared yet",
		shared: (reports: number, cases: number) => `${plural(reports, EN.report.one, EN.report.many)} · ${plural(cases, EN.casePreparation.one, EN.casePreparation.many)} shared`,
		noGoals: "No shared learning goals",
		deadline: (day: string) => `${capital(EN.targetDate.one)} ${day}`,
		goalsOf: (member: string) => `Learning goals of ${member}`,
	},
	empty: {
		title: "No group yet",
		text: "Add the members to the trajectory note and plan the sessions. Attendance, case rotation, reports and each member's shared goals will show up here.",
	},
};

export type FacilitatorStrings = typeof en;

const nl: FacilitatorStrings = {
	title: "Begeleidersoverzicht",
	command: "Begeleidersoverzicht openen",
	switcher: "Traject",
	sections: {
		group: "Groep",
		attendance: "Aanwezigheid",
		rotation: "Casusinbreng",
		reports: "Verslagen per bijeenkomst",
		covered: "Thema's en methoden",
		questions: "Vragen door het traject heen",
		members: "Deelnemers",
	},
	header: {
		facilitator: (name) => `Begeleider: ${name}`,
		members: (n, names) => (n === 0 ? "Nog geen deelnemers" : `${plural(n, "deelnemer", "deelnemers")}: ${names}`),
		progress: (held, planned) => `${held} van ${planned} bijeenkomsten gehouden`,
		next: (session, when) => `Volgende bijeenkomst: ${session}, ${when}`,
		noNext: "Geen bijeenkomst gepland",
	},
	session: {
		title: (n) => (n === null ? "Bijeenkomst" : `Bijeenkomst ${n}`),
		noDate: "Geen datum",
		sharedBy: (name) => `Gedeeld door ${name}`,
	},
	attendance: {
		caption: "Aanwezigheid per deelnemer en bijeenkomst",
		member: "Deelnemer",
		marks: { present: "aanwezig", absent: "afwezig", unknown: "onbekend", "no-session": "geen bijeenkomst" },
		cell: (member, session, mark) => `${member}, ${session}: ${mark}`,
		legend: "Legenda",
		none: "Nog geen bijeenkomsten.",
		noMembers: "Nog geen deelnemers. Zet ze in de trajectnotitie.",
	},
	rotation: {
		brought: (n) => (n === 0 ? "Nog geen casus" : `${plural(n, "casus", "casussen")} ingebracht`),
		next: (session) => `Volgende beurt: ${session}`,
		noTurn: "Geen beurt gepland",
		notYet: "Nog niet",
		broughtHead: "Casus ingebracht in",
		nextHead: "Volgende beurt",
	},
	reports: {
		shared: (found, expected) => `${found} van ${expected} verwachte verslagen gedeeld`,
		missing: (names) => `Ontbreekt: ${names}`,
		allIn: "Geen verslagen ontbreken",
		attendanceUnknown: "Geen aanwezigheid genoteerd: van iedere deelnemer wordt een verslag verwacht.",
		found: "Gedeelde verslagen",
		reportOf: (member, session) => `Verslag van ${member} over ${session}`,
		noneHeld: "Nog geen bijeenkomsten gehouden.",
		missingHead: "Ontbreekt",
	},
	covered: {
		themes: "Thema's",
		methods: "Methoden",
		count: (n) => plural(n, "bijeenkomst", "bijeenkomsten"),
		noThemes: "Nog geen thema's genoteerd bij gehouden bijeenkomsten.",
		noMethods: "Nog geen methoden genoteerd bij gehouden bijeenkomsten.",
	},
	questions: {
		intro: "De vragenronde van iedere gehouden bijeenkomst, zoals de vragencoach die in de bijeenkomstnotitie telde.",
		open: (open, total, percent) => (percent === null ? "Geen vraag kreeg een soort" : `${open} van ${total} open (${percent} %)`),
		kinds: { open: "open", closed: "gesloten", advice: "verkapt advies", leading: "sturend" },
		kind: (word, n) => `${n} ${word}`,
		helped: (n) => (n === 0 ? "Geen als behulpzaam gemarkeerd" : `${n} ${n === 1 ? "hielp" : "hielpen"} de inbrenger`),
		from: (member) => `Geteld in de kopie van ${member}`,
		untallied: (n) => `${plural(n, "gehouden bijeenkomst", "gehouden bijeenkomsten")} zonder genoteerde vragen.`,
		none: "Nog geen vragen genoteerd. Ze worden geteld als de vragenronde loopt via Bijeenkomst leiden.",
	},
	members: {
		notListed: "Niet in de deelnemerslijst",
		nothingShared: "Nog niets gedeeld",
		shared: (reports, cases) => `${plural(reports, NL.report.one, NL.report.many)} · ${plural(cases, NL.casePreparation.one, NL.casePreparation.many)} gedeeld`,
		noGoals: "Geen gedeelde leerdoelen",
		deadline: (day) => `${capital(NL.targetDate.one)} ${day}`,
		goalsOf: (member) => `Leerdoelen van ${member}`,
	},
	empty: {
		title: "Nog geen groep",
		text: "Zet de deelnemers in de trajectnotitie en plan de bijeenkomsten. Aanwezigheid, casusinbreng, verslagen en de gedeelde leerdoelen van iedere deelnemer verschijnen dan hier.",
	},
};

export const FACILITATOR_STRINGS: Readonly<Record<Language, FacilitatorStrings>> = { nl, en };
