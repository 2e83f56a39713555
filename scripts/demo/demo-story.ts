/**
 * One participant's first months in an intervisie trajectory, as she would click and type them.
 * Every note comes from the plugin's own commands and forms; only the reflections typed into the created
 * notes are added as text, as a person writes them.
 */
export interface FormStep {
	kind: "form";
	day: string;
	command: string;
	fields: [label: string, value: string][];
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

export type Step = FormStep | PickStep | PlainNoteStep | PropertyStep;

const MEMBERS = "Sanne de Vries, Joris Bakker, Aylin Demir, Mark Jansen, Fleur Visser, Pieter de Boer";

const PRESENT = MEMBERS.split(", ");

/** The group plans its five sessions at the start, with a rotation of case-bringers and facilitators. */
function plannedSession(date: string, n: number, bringer: string, facilitator: string, theme: string): FormStep {
	return {
		kind: "form",
		day: "2026-01-12",
		command: "new-session",
		fields: [
			["Datum", date],
			["Nummer", String(n)],
			["Status", "Gepland"],
			["Inbrengers", bringer],
			["Gespreksleider", facilitator],
			["Thema", theme],
		],
		submit: "Bijeenkomst maken",
	};
}

/** After a meeting the note-taker marks it held and who was there. */
function held(date: string, n: number, present: readonly string[]): PropertyStep {
	return { kind: "property", day: date, path: `Intervisie/Bijeenkomsten/${date} Bijeenkomst ${n}.md`, set: { status: "held", attendance: [...present] } };
}

export const STORY: readonly Step[] = [
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
	plannedSession("2026-01-26", 1, "Joris Bakker", "Aylin Demir", "Hoe kom ik over?"),
	plannedSession("2026-03-09", 2, "Sanne de Vries", "Mark Jansen", "Luisteren"),
	plannedSession("2026-04-20", 3, "Fleur Visser", "Joris Bakker", "Goede vragen stellen"),
	plannedSession("2026-06-08", 4, "Mark Jansen", "Fleur Visser", "Feedback geven en ontvangen"),
	plannedSession("2026-09-14", 5, "Pieter de Boer", "Sanne de Vries", "Grenzen stellen"),
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
			["Actie 2", "Bij een verzoek in het MT eerst vragen wat het oplevert"],
		],
		submit: "Verslag maken",
		writes: [
			["Wat er gebeurde", "Joris bracht een conflict tussen twee teamleden in. We werkten met het zesfasenmodel; in de vragenronde schoten we snel in adviezen."],
			["Wat ik over mezelf leerde", "Ik merkte dat ik Joris wilde helpen voordat ik zijn vraag begreep. Dat doe ik in mijn eigen overleg ook."],
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
	held("2026-04-20", 3, PRESENT.filter((name) => name !== "Aylin Demir")),
	{
		kind: "form",
		day: "2026-04-21",
		command: "write-report",
		fields: [
			["Samenvatten in overleg", "7"],
			["Nee zeggen in het MT", "6"],
			["Beter luisteren", "6"],
			["Actie 1", "Samenvatting van het maandagoverleg binnen een dag rondsturen"],
		],
		submit: "Verslag maken",
	},
	{
		kind: "plain-note",
		day: "2026-04-21",
		path: "Notities/Feedback geven.md",
		text: "# Feedback geven\n\nIk geef in elk 1-op-1 gesprek minstens één compliment en één concrete tip, vanaf mei tot de zomer.\n\nIdee uit de bijeenkomst van Fleur.\n",
	},
	{ kind: "pick", day: "2026-04-21", open: "Notities/Feedback geven.md", command: "turn-into-goal", choices: [] },
	{ kind: "pick", day: "2026-04-22", open: "Intervisie/Leerdoelen/Beter luisteren.md", command: "set-goal-status", choices: ["Gepauzeerd"] },
	{ kind: "pick", day: "2026-04-22", open: "Intervisie/Casussen/Hoe kan ik in het MT nee zeggen zonder de relatie met mijn collega's te schaden.md", command: "link-to-goal", choices: ["Samenvatten in overleg"] },
];
