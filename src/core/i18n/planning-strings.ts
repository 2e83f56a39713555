import { capital, GLOSSARY } from "./glossary";
import type { Language } from "./language";

const EN = GLOSSARY.en;
const NL = GLOSSARY.nl;

/** Texts of the planning commands: plan sessions, move or cancel a session. */
export interface PlanningStrings {
	commands: { planSessions: string; moveOrCancel: string };
	plan: {
		title: string;
		needsTrajectory: string;
		trajectory: string;
		trajectoryDesc: (members: number, start: string | null, end: string | null) => string;
		rhythm: string;
		spread: string;
		every: (weeks: number) => string;
		count: string;
		countDesc: string;
		start: string;
		outside: string;
		outsideDesc: string;
		outsideName: string;
		previewHeading: string;
		previewDesc: string;
		columns: { number: string; date: string; caseBringers: string; facilitator: string; noteTaker: string; theme: string };
		create: string;
		fixRows: string;
		created: (count: number, folder: string) => string;
		partly: (created: number, total: number, reason: string) => string;
		/** Why the form makes no plan; the planning core picks the message for each problem. */
		problems: {
			count: (max: number) => string;
			start: string;
			rhythm: string;
			"outside-name": string;
			"outside-is-member": (name: string) => string;
			"too-few-members": string;
			"end-before-start": (end: string) => string;
			"too-many": string;
		};
		/** What is wrong with one row of the preview. */
		rows: {
			"not-a-date": string;
			"date-taken": string;
			"date-twice": string;
			"facilitator-brings": (name: string) => string;
			"note-taker-brings": string;
			"note-taker-facilitates": string;
			"no-case-bringer": string;
			"not-a-member": (name: string) => string;
			"after-end": string;
			"second-turn-early": (name: string, waiting: readonly string[]) => string;
		};
	};
	move: {
		choose: string;
		noSessions: string;
		title: (session: string) => string;
		action: string;
		actionMove: string;
		actionCancel: string;
		newDate: string;
		shift: string;
		shiftDesc: string;
		changesHeading: string;
		noDateYet: string;
		nothingChanges: string;
		apply: string;
		cancel: string;
		labels: { date: string; status: string; "case-bringers": string; facilitator: string; "note-taker": string };
		empty: string;
		leftOver: (names: readonly string[]) => string;
		/** Why a session cannot be moved or cancelled. */
		problems: {
			"not-planned": (statusLabel: string) => string;
			"not-a-date": string;
			"same-date": string;
			"no-date": string;
			"date-taken": (title: string, date: string) => string;
			"newer-schema": (title: string) => string;
		};
		moved: (session: string, date: string, others: number) => string;
		cancelled: (session: string, others: number) => string;
		failed: (done: number, total: number) => string;
	};
}

const enList = (names: readonly string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`);
const nlList = (names: readonly string[]) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} en ${names[names.length - 1] ?? ""}`);

const en: PlanningStrings = {
	commands: { planSessions: "Plan sessions", moveOrCancel: "Move or cancel session" },
	plan: {
		title: "Plan sessions",
		needsTrajectory: "Planning needs a trajectory with members. Create one with 'New trajectory', or fill in the members of your trajectory.",
		trajectory: "Trajectory",
		trajectoryDesc: (members, start, end) => `${members} members${start ? `, from ${start}` : ""}${end ? ` to ${end}` : ""}.`,
		rhythm: "Rhythm",
		spread: "Spread evenly over the trajectory",
		every: (weeks) => `Every ${weeks} weeks`,
		count: "Number of sessions",
		countDesc: "How many new sessions to plan.",
		start: "First session",
		outside: "Outside facilitator",
		outsideDesc: "One person from outside the group leads every session.",
		outsideName: "Name of the outside facilitator",
		previewHeading: "Preview",
		previewDesc: "Change any cell before you create the sessions. Changing the fields above makes a new plan.",
		columns: { number: "No.", date: "Date", caseBringers: capital(EN.caseBringer.one), facilitator: capital(EN.chair.one), noteTaker: capital(EN.noteTaker.one), theme: "Theme" },
		create: "Create sessions",
		fixRows: "Some sessions need a change first: see the messages in the preview.",
		created: (count, folder) => (count === 1 ? `Created 1 session note in ${folder}.` : `Created ${count} session notes in ${folder}.`),
		partly: (created, total, reason) => `Created ${created} of ${total} session notes; the others could not be written: ${reason}`,
		problems: {
			count: (max) => `Number of sessions: use a whole number from 1 to ${max}.`,
			start: "First session: use a date like 2026-03-14.",
			rhythm: "Choose a rhythm from the list.",
			"outside-name": "Fill in the name of the outside facilitator.",
			"outside-is-member": (name) => `${name} is a member of the group. An outside facilitator comes from outside the group.`,
			"too-few-members": "A rotation needs at least two members. Add members to the trajectory, or let an outside facilitator lead.",
			"end-before-start": (end) => `The first session is after the trajectory's end (${end}).`,
			"too-many": "That many sessions do not fit on separate days before the trajectory's end.",
		},
		rows: {
			"not-a-date": "Use a date like 2026-03-14.",
			"date-taken": "Another session of this trajectory is on this day.",
			"date-twice": "Two sessions in this plan are on this day.",
			"facilitator-brings": (name) => `${name} brings a case in this session, so cannot lead it: choose another ${EN.chair.one}.`,
			"note-taker-brings": "The note-taker also brings a case.",
			"note-taker-facilitates": `The ${EN.chair.one} also takes notes, while another member could.`,
			"no-case-bringer": "No case-bringer yet.",
			"not-a-member": (name) => `${name} is not a member of this trajectory.`,
			"after-end": "After the trajectory's end.",
			"second-turn-early": (name, waiting) => `${name} brings a second case while ${waiting.join(", ")} ${waiting.length === 1 ? "has" : "have"} not had a turn yet.`,
		},
	},
	move: {
		choose: "Choose a planned session",
		noSessions: "There are no planned sessions to move or cancel.",
		title: (session) => `Move or cancel ${session}`,
		action: "What to do",
		actionMove: "Move to another date",
		actionCancel: "Cancel this session",
		newDate: "New date",
		shift: "Move later sessions too",
		shiftDesc: "Planned sessions after this one move by the same number of days. Held and cancelled sessions stay where they are.",
		changesHeading: "What will change",
		noDateYet: "Fill in the new date to see what will change.",
		nothingChanges: "Nothing changes.",
		apply: "Apply",
		cancel: EN.cancel,
		labels: { date: "Date", status: "Status", "case-bringers": capital(EN.caseBringer.many), facilitator: capital(EN.chair.one), "note-taker": capital(EN.noteTaker.one) },
		empty: "none",
		leftOver: (names) => `${enList(names)} ${names.length === 1 ? "has" : "have"} no session left to bring a case. Plan another session, or agree on another moment.`,
		problems: {
			"not-planned": (status) => `Only a planned session can be moved or cancelled; this one is ${status.toLowerCase()}.`,
			"not-a-date": "New date: use a date like 2026-03-14.",
			"same-date": "The session is already on this date.",
			"no-date": "This session has no date, so later sessions cannot move along. Move it without them.",
			"date-taken": (title, date) => `${title} is already on ${date}.`,
			"newer-schema": (title) => `"${title}" was written by a newer version of this plugin. Update the plugin to change it.`,
		},
		moved: (session, date, others) => `${session} is now on ${date}${others === 0 ? "." : others === 1 ? "; 1 later session moved too." : `; ${others} later sessions moved too.`}`,
		cancelled: (session, others) => `${session} is cancelled${others === 0 ? "." : others === 1 ? "; 1 later session changed." : `; ${others} later sessions changed.`}`,
		failed: (done, total) => `Changed ${done} of ${total} notes; see the other messages.`,
	},
};

const nl: PlanningStrings = {
	commands: { planSessions: "Bijeenkomsten plannen", moveOrCancel: "Bijeenkomst verplaatsen of afgelasten" },
	plan: {
		title: "Bijeenkomsten plannen",
		needsTrajectory: "Voor een planning is een traject met deelnemers nodig. Maak er een met 'Nieuw traject', of vul de deelnemers van je traject in.",
		trajectory: "Traject",
		trajectoryDesc: (members, start, end) => `${members} deelnemers${start ? `, van ${start}` : ""}${end ? ` tot ${end}` : ""}.`,
		rhythm: "Ritme",
		spread: "Gelijk verdeeld over het traject",
		every: (weeks) => `Om de ${weeks} weken`,
		count: "Aantal bijeenkomsten",
		countDesc: "Hoeveel nieuwe bijeenkomsten je wilt plannen.",
		start: "Eerste bijeenkomst",
		outside: "Begeleider van buiten",
		outsideDesc: "Eén begeleider van buiten de groep leidt elke bijeenkomst.",
		outsideName: "Naam van de begeleider",
		previewHeading: "Voorbeeld",
		previewDesc: "Pas gerust cellen aan voordat je de bijeenkomsten maakt. Als je de velden hierboven wijzigt, ontstaat een nieuw plan.",
		columns: { number: "Nr.", date: "Datum", caseBringers: capital(NL.caseBringer.one), facilitator: capital(NL.chair.one), noteTaker: capital(NL.noteTaker.one), theme: "Thema" },
		create: "Bijeenkomsten maken",
		fixRows: "Sommige bijeenkomsten moeten eerst anders: zie de meldingen in het voorbeeld.",
		created: (count, folder) => (count === 1 ? `1 bijeenkomst gemaakt in ${folder}.` : `${count} bijeenkomsten gemaakt in ${folder}.`),
		partly: (created, total, reason) => `${created} van de ${total} bijeenkomsten gemaakt; de andere konden niet worden geschreven: ${reason}`,
		problems: {
			count: (max) => `Aantal bijeenkomsten: gebruik een heel getal van 1 tot en met ${max}.`,
			start: "Eerste bijeenkomst: gebruik een datum als 2026-03-14.",
			rhythm: "Kies een ritme uit de lijst.",
			"outside-name": "Vul de naam van de begeleider van buiten in.",
			"outside-is-member": (name) => `${name} is deelnemer. Een begeleider van buiten komt van buiten de groep.`,
			"too-few-members": "Voor een rooster zijn minstens twee deelnemers nodig. Vul deelnemers aan in het traject, of laat een begeleider van buiten leiden.",
			"end-before-start": (end) => `De eerste bijeenkomst valt na het einde van het traject (${end}).`,
			"too-many": "Zoveel bijeenkomsten passen niet op aparte dagen voor het einde van het traject.",
		},
		rows: {
			"not-a-date": "Gebruik een datum als 2026-03-14.",
			"date-taken": "Op deze dag is al een andere bijeenkomst van dit traject.",
			"date-twice": "Twee bijeenkomsten in deze planning vallen op deze dag.",
			"facilitator-brings": (name) => `${name} brengt in deze bijeenkomst een casus in en kan dus niet leiden: kies een andere ${NL.chair.one}.`,
			"note-taker-brings": "De verslaglegger brengt ook een casus in.",
			"note-taker-facilitates": `De ${NL.chair.one} maakt ook het verslag, terwijl een andere deelnemer dat kan doen.`,
			"no-case-bringer": "Nog geen inbrenger.",
			"not-a-member": (name) => `${name} is geen deelnemer van dit traject.`,
			"after-end": "Na het einde van het traject.",
			"second-turn-early": (name, waiting) => `${name} brengt een tweede casus in, terwijl ${waiting.join(", ")} nog niet aan de beurt ${waiting.length === 1 ? "is" : "zijn"} geweest.`,
		},
	},
	move: {
		choose: "Kies een geplande bijeenkomst",
		noSessions: "Er zijn geen geplande bijeenkomsten om te verplaatsen of af te gelasten.",
		title: (session) => `${session} verplaatsen of afgelasten`,
		action: "Wat wil je doen",
		actionMove: "Naar een andere datum verplaatsen",
		actionCancel: "Deze bijeenkomst afgelasten",
		newDate: "Nieuwe datum",
		shift: "Latere bijeenkomsten ook verplaatsen",
		shiftDesc: "Geplande bijeenkomsten na deze schuiven evenveel dagen op. Gehouden en afgelaste bijeenkomsten blijven staan.",
		changesHeading: "Wat er verandert",
		noDateYet: "Vul de nieuwe datum in om te zien wat er verandert.",
		nothingChanges: "Er verandert niets.",
		apply: "Doorvoeren",
		cancel: NL.cancel,
		labels: { date: "Datum", status: "Status", "case-bringers": capital(NL.caseBringer.many), facilitator: capital(NL.chair.one), "note-taker": capital(NL.noteTaker.one) },
		empty: "niemand",
		leftOver: (names) => `Voor ${nlList(names)} is geen bijeenkomst meer over om een casus in te brengen. Plan nog een bijeenkomst, of spreek een ander moment af.`,
		problems: {
			"not-planned": (status) => `Alleen een geplande bijeenkomst kan worden verplaatst of afgelast; deze is ${status.toLowerCase()}.`,
			"not-a-date": "Nieuwe datum: gebruik een datum als 2026-03-14.",
			"same-date": "De bijeenkomst staat al op deze datum.",
			"no-date": "Deze bijeenkomst heeft geen datum, dus latere bijeenkomsten kunnen niet meeschuiven. Verplaats haar zonder de andere.",
			"date-taken": (title, date) => `${title} staat al op ${date}.`,
			"newer-schema": (title) => `"${title}" is geschreven door een nieuwere versie van deze plug-in. Werk de plug-in bij om hem te wijzigen.`,
		},
		moved: (session, date, others) => `${session} staat nu op ${date}${others === 0 ? "." : others === 1 ? "; 1 latere bijeenkomst is meeverplaatst." : `; ${others} latere bijeenkomsten zijn meeverplaatst.`}`,
		cancelled: (session, others) => `${session} is afgelast${others === 0 ? "." : others === 1 ? "; 1 latere bijeenkomst is aangepast." : `; ${others} latere bijeenkomsten zijn aangepast.`}`,
		failed: (done, total) => `${done} van de ${total} notities gewijzigd; zie de andere meldingen.`,
	},
};

export const PLANNING_STRINGS: Readonly<Record<Language, PlanningStrings>> = { nl, en };
