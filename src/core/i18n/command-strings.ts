import type { Language } from "./language";

/** Names of the commands in the palette, and what the commands that change a note tell. In sentence case. */
const en = {
	commands: {
		openDashboard: "Open dashboard",
		newTrajectory: "New trajectory",
		newSession: "New session",
		newGoal: "New learning goal",
		prepareCase: "Prepare a case",
		writeReport: "Write session report",
		linkToGoal: "Link note to learning goal",
		setGoalStatus: "Set goal status",
		turnIntoGoal: "Turn this note into a learning goal",
		turnIntoCase: "Turn this note into a case preparation",
		turnIntoReport: "Turn this note into a session report",
	},
	goalStatus: {
		draft: "Draft",
		active: "Active",
		achieved: "Achieved",
		paused: "Paused",
		dropped: "Dropped",
		choose: "Choose the new status",
		set: (goal: string, status: string) => `"${goal}" is now ${status.toLowerCase()}.`,
		notAGoal: "Open a learning goal first.",
	},
	link: {
		choose: "Choose a learning goal",
		added: (goal: string, note: string) => `Linked "${note}" to "${goal}".`,
		already: (goal: string) => `This note already links to "${goal}".`,
		noGoals: "There are no learning goals yet. Create one with 'New learning goal'.",
	},
	turnInto: {
		done: (note: string, kind: string) => `"${note}" is now a ${kind}. Everything in it was kept.`,
		already: (note: string) => `"${note}" is already an intervisie note.`,
		kinds: { goal: "learning goal", case: "case preparation", report: "session report" },
	},
};

export type CommandStrings = typeof en;

const nl: CommandStrings = {
	commands: {
		openDashboard: "Dashboard openen",
		newTrajectory: "Nieuw traject",
		newSession: "Nieuwe bijeenkomst",
		newGoal: "Nieuw leerdoel",
		prepareCase: "Casus voorbereiden",
		writeReport: "Verslag van bijeenkomst schrijven",
		linkToGoal: "Notitie aan leerdoel koppelen",
		setGoalStatus: "Status van leerdoel wijzigen",
		turnIntoGoal: "Deze notitie een leerdoel maken",
		turnIntoCase: "Deze notitie een casusvoorbereiding maken",
		turnIntoReport: "Deze notitie een verslag maken",
	},
	goalStatus: {
		draft: "Concept",
		active: "Actief",
		achieved: "Bereikt",
		paused: "Gepauzeerd",
		dropped: "Gestopt",
		choose: "Kies de nieuwe status",
		set: (goal, status) => `"${goal}" is nu ${status.toLowerCase()}.`,
		notAGoal: "Open eerst een leerdoel.",
	},
	link: {
		choose: "Kies een leerdoel",
		added: (goal, note) => `"${note}" is gekoppeld aan "${goal}".`,
		already: (goal) => `Deze notitie is al gekoppeld aan "${goal}".`,
		noGoals: "Er zijn nog geen leerdoelen. Maak er een met 'Nieuw leerdoel'.",
	},
	turnInto: {
		done: (note, kind) => `"${note}" is nu een ${kind}. Alles wat erin stond, is bewaard.`,
		already: (note) => `"${note}" is al een intervisienotitie.`,
		kinds: { goal: "leerdoel", case: "casusvoorbereiding", report: "verslag" },
	},
};

export const COMMAND_STRINGS: Readonly<Record<Language, CommandStrings>> = { nl, en };
