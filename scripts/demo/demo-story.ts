import { GROUP_NOTES } from "./group-notes";
/**
 * One participant's first months in an intervisie trajectory, as she would click and type them.
 * Every note comes from the plugin's own commands and forms; only the reflections typed into the created
 * notes are added as text, as a person writes them.
 */
export interface FormStep {
	kind: "form";
	day: string;
	command: string;
	/** Fields filled in order; a `click` presses a button of the form first, such as one that adds a row. */
	fields: ([label: string, value: string] | { click: string })[];
	toggles?: string[];
	submit: string;
	/** Text the person then types under a heading of the created note. */
	writes?: [heading: string, text: string][];
}

export interface PickStep {
	kind: "pick";
	day: string;
	/** The note that is open when the command runs. */
	open: string;
	command: string;
	choices: string[];
}

export interface PlainNoteStep {
	kind: "plain-note";
	day: string;
	path: string;
	text: string;
}

/** A property changed in Obsidian's Properties panel (which writes through `processFrontMatter`). */
export interface PropertyStep {
	kind: "property";
	day: string;
	path: string;
	set: Record<string, string | string[]>;
}

/**
 * A session run in facilitation mode: started at a time of day, each phase taking some minutes with notes
 * typed for it, then finished; the report it offers is filled in like any form.
 */
export interface RunStep {
	kind: "run";
	day: string;
	session: string;
	startAt: [hour: number, minute: number];
	phases: { minutes: number; notes?: string }[];
	report: { fields: [label: string, value: string][]; submit: string };
}

/** Plan sessions: the form, then cells of the preview changed by hand, then create. */
export interface PlanStep {
	kind: "plan";
	day: string;
	fields: [label: string, value: string][];
	toggles: [label: string, on: boolean][];
	cells: [session: number, column: "date" | "caseBringers" | "facilitator" | "noteTaker" | "theme", value: string][];
	submit: string;
}

/** Share with group: the note open, the preview read, then shared. */
export interface ShareStep {
	kind: "share";
	day: string;
	open: string;
	submit: string;
}

export type Step = FormStep | PickStep | PlainNoteStep | PropertyStep | RunStep | PlanStep | ShareStep;

const MEMBERS = "Sanne de Vries, Joris Bakker, Aylin Demir, Mark Jansen, Fleur Visser, Pieter de Boer";

const PRESENT = MEMBERS.split(", ");

/** After a meeting the note-taker marks it held and who was there. */
function held(date: string, n: number, present: readonly string[]): PropertyStep {
	return { kind: "property", day: date, path: `Intervisie/Bijeenkomsten/${date} Bijeenkomst ${n}.md`, set: { status: "held", attendance: [...present] } };
}

/** What Sanne does herself, by day. */
const SANNE: readonly Step[] = [
	{
		kind: "form",
		day: "2026-01-12",
		command: "new-trajectory",
		fields: [
			["Je naam", "Sanne de Vries"],
			["Naam", "Intervisie teamleiders 2026"],
			["Begin", "2026-01-12"],
			["Einde", "2026-11-30"],
			["Deelnemers", MEMBERS],
			["Begeleider", "Marieke Smit"],
			["Geplande bijeenkomsten", "5"],
		],
		submit: "Traject maken",
	},
	{
		kind: "form",
		day: "2026-01-12",
		command: "new-goal",
		fields: [
			["Korte naam", "Samenvatten in overleg"],
			["Wat ga je doen?", "Ik vat aan het eind van elk werkoverleg de besluiten en actiepunten samen."],
			["Waarom is dit belangrijk voor je?", "Nu gaan mensen met verschillende beelden de deur uit en komen besluiten later terug op tafel."],
			["Waar en wanneer?", "In het werkoverleg op maandag en in mijn 1-op-1 gesprekken."],
			["Hoe merk je dat het lukt?", "Elke week staan de besluiten binnen een dag in het verslag."],
			["Streefdatum", "2026-06-30"],
			["Waar je nu staat", "4"],
			["Waar je wilt staan", "8"],
		],
		submit: "Leerdoel maken",
	},
	{
		kind: "form",
		day: "2026-01-12",
		command: "new-goal",
		fields: [
			["Korte naam", "Nee zeggen in het MT"],
			["Wat ga je doen?", "Ik zeg in het MT nee tegen extra werk dat niet bij mijn team past, en leg uit waarom."],
			["Waarom is dit belangrijk voor je?", "Mijn team loopt over, en dat komt ook doordat ik alles aanneem."],
			["Waar en wanneer?", "Tijdens het MT-overleg op donderdag."],
			["Streefdatum", "2026-09-30"],
			["Waar je nu staat", "3"],
			["Waar je wilt staan", "7"],
		],
		submit: "Leerdoel maken",
	},
	{
		kind: "form",
		day: "2026-01-12",
		command: "new-goal",
		fields: [
			["Korte naam", "Beter luisteren"],
			["Wat ga je doen?", "Ik wil beter leren luisteren."],
			["Waar je nu staat", "5"],
			["Waar je wilt staan", "8"],
		],
		submit: "Leerdoel maken",
	},
	{
		kind: "plan",
		day: "2026-01-12",
		fields: [
			["Aantal bijeenkomsten", "5"],
			["Eerste bijeenkomst", "2026-01-26"],
		],
		toggles: [["Begeleider van buiten", false]],
		cells: [
			[1, "caseBringers", "Joris Bakker"],
			[1, "facilitator", "Aylin Demir"],
			[1, "noteTaker", "Mark Jansen"],
			[2, "caseBringers", "Sanne de Vries"],
			[2, "facilitator", "Mark Jansen"],
			[2, "noteTaker", "Fleur Visser"],
			[3, "caseBringers", "Fleur Visser"],
			[3, "facilitator", "Joris Bakker"],
			[3, "noteTaker", "Sanne de Vries"],
			[4, "caseBringers", "Aylin Demir"],
			[4, "facilitator", "Fleur Visser"],
			[4, "noteTaker", "Pieter de Boer"],
			[5, "caseBringers", "Pieter de Boer"],
			[5, "facilitator", "Sanne de Vries"],
			[5, "noteTaker", "Joris Bakker"],
			[2, "date", "2026-03-09"],
			[3, "date", "2026-04-20"],
			[4, "date", "2026-06-08"],
			[5, "date", "2026-09-14"],
			[1, "theme", "Hoe kom ik over?"],
			[2, "theme", "Luisteren"],
			[3, "theme", "Goede vragen stellen"],
			[4, "theme", "Feedback geven en ontvangen"],
			[5, "theme", "Grenzen stellen"],
		],
		submit: "Bijeenkomsten maken",
	},
	{
		kind: "form",
		day: "2026-01-19",
		command: "new-intake",
		fields: [["Leidinggevende", "Ellen Kok"]],
		submit: "Intakegesprek maken",
	},
	held("2026-01-26", 1, PRESENT),
	{
		kind: "form",
		day: "2026-01-27",
		command: "write-report",
		fields: [
			["Samenvatten in overleg", "5"],
			["Nee zeggen in het MT", "3"],
			["Beter luisteren", "5"],
			["Actie 1", "Besluiten hardop samenvatten in het maandagoverleg"],
			{ click: "Nog een actie toevoegen" },
			["Actie 2", "Bij een verzoek in het MT eerst vragen wat het oplevert"],
		],
		submit: "Verslag maken",
		writes: [
			["Wat er gebeurde", "Joris bracht een conflict tussen twee teamleden in. We werkten met het zesfasenmodel; in de vragenronde schoten we snel in adviezen."],
			["Wat ik over mezelf leerde", "Ik merkte dat ik Joris wilde helpen voordat ik zijn vraag begreep. Dat doe ik in mijn eigen overleg ook.\n\n> [!private] Privé\n> Ik herkende mijn eigen leidinggevende in het verhaal van Joris. Dat houd ik voor mezelf."],
		],
	},
	{
		kind: "plain-note",
		day: "2026-02-16",
		path: "Dagboek/2026-02-16.md",
		text: "Vandaag in het werkoverleg aan het eind de besluiten samengevat. Twee mensen vulden nog iets aan dat ik gemist had.\n",
	},
	{ kind: "pick", day: "2026-02-16", open: "Dagboek/2026-02-16.md", command: "link-to-goal", choices: ["Samenvatten in overleg"] },
	{
		kind: "form",
		day: "2026-03-02",
		command: "prepare-case",
		fields: [["Je vraag", "Hoe kan ik in het MT nee zeggen zonder de relatie met mijn collega's te schaden?"]],
		toggles: ["Nee zeggen in het MT"],
		submit: "Casus maken",
		writes: [
			["De situatie", "In het MT van 19 februari vroeg de directeur of mijn team de nieuwe intake erbij kon nemen. Ik zei ja, terwijl twee mensen ziek thuis zaten."],
			["Mijn eigen aandeel", "Ik wil graag loyaal gevonden worden. Op het moment zelf voelde nee zeggen als tekortschieten."],
		],
	},
	held("2026-03-09", 2, PRESENT.filter((name) => name !== "Pieter de Boer")),
	{
		kind: "form",
		day: "2026-03-10",
		command: "write-report",
		fields: [
			["Samenvatten in overleg", "6"],
			["Nee zeggen in het MT", "5"],
			["Beter luisteren", "5"],
			["Actie 1", "In het MT een verzoek parkeren tot ik met mijn team heb overlegd"],
		],
		submit: "Verslag maken",
		writes: [["Wat ik over mezelf leerde", "De vragen van de groep lieten zien dat ik nee zeggen als een oordeel over mezelf zie, niet over het verzoek."]],
	},
	{
		kind: "run",
		day: "2026-04-20",
		session: "Intervisie/Bijeenkomsten/2026-04-20 Bijeenkomst 3.md",
		startAt: [19, 30],
		phases: [
			{ minutes: 12, notes: "Fleur wil weten hoe ze een teamlid aanspreekt dat steeds te laat komt, zonder dat het een conflict wordt." },
			{
				minutes: 18,
				notes: "- Wat maakt het zo lastig om hem aan te spreken? (+)\n- Weet je waarom hij te laat komt?\n- Hoe lang speelt dit al?\n- Wat voel je als hij binnenkomt? (+)\n- Heb je al overwogen om een vaste afspraak te maken?\n- Welke afspraken zijn er nu in het team?\n\nHet teamlid zorgt thuis voor een zieke ouder. Fleur wist dat, en durft daarom niets te zeggen.",
			},
			{ minutes: 9, notes: "- Wat zou er gebeuren als je het wel zegt? (+)\n- Wat betekent begrip voor jou?\n- Hoe reageert het team als hij te laat is?\n- Je bent toch ook boos?\n\nFleur ziet dat ze begrip en afspraken als tegenpolen behandelt." },
			{ minutes: 15, notes: "- Eerst vragen wat het teamlid nodig heeft\n- De afspraak over tijden samen opnieuw maken" },
			{ minutes: 10, notes: "Thema: goede vragen stellen voordat je een oordeel hebt." },
			{ minutes: 6 },
		],
		report: {
			fields: [
				["Samenvatten in overleg", "7"],
				["Nee zeggen in het MT", "6"],
				["Beter luisteren", "6"],
				["Actie 1", "Samenvatting van het maandagoverleg binnen een dag rondsturen"],
			],
			submit: "Verslag maken",
		},
	},
	{ kind: "property", day: "2026-04-20", path: "Intervisie/Bijeenkomsten/2026-04-20 Bijeenkomst 3.md", set: { attendance: PRESENT.filter((name) => name !== "Aylin Demir") } },
	{
		kind: "plain-note",
		day: "2026-04-21",
		path: "Notities/Feedback geven.md",
		text: "# Feedback geven\n\nIk geef in elk 1-op-1 gesprek minstens één compliment en één concrete tip, vanaf mei tot de zomer.\n\nIdee uit de bijeenkomst van Fleur.\n",
	},
	{ kind: "pick", day: "2026-04-21", open: "Notities/Feedback geven.md", command: "turn-into-goal", choices: [] },
	{ kind: "pick", day: "2026-04-22", open: "Intervisie/Leerdoelen/Beter luisteren.md", command: "set-goal-status", choices: ["Gepauzeerd"] },
	{ kind: "pick", day: "2026-04-22", open: "Intervisie/Casussen/Hoe kan ik in het MT nee zeggen zonder de relatie met mijn collega's te schaden.md", command: "link-to-goal", choices: ["Samenvatten in overleg"] },
	{ kind: "share", day: "2026-04-22", open: "Intervisie/Leerdoelen/Samenvatten in overleg.md", submit: "Delen" },
	{ kind: "share", day: "2026-04-22", open: "Intervisie/Leerdoelen/Nee zeggen in het MT.md", submit: "Delen" },
	{ kind: "share", day: "2026-04-22", open: "Intervisie/Verslagen/2026-01-27 Verslag bijeenkomst 1.md", submit: "Delen" },
];

/** Sanne's steps with the other members' shared copies arriving by sync in between, in the order of the days. */
export const STORY: readonly Step[] = mergeByDay(SANNE, GROUP_NOTES);

function mergeByDay(a: readonly Step[], b: readonly Step[]): Step[] {
	const merged: Step[] = [];
	let j = 0;
	for (const step of a) {
		while (j < b.length && (b[j]?.day ?? "") < step.day) merged.push(b[j++] as Step);
		merged.push(step);
	}
	return [...merged, ...b.slice(j)];
}
