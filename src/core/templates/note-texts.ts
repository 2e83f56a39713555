import type { Language } from "../i18n/language";

/** Headings, prompts and names written into notes, in the notes' language (a vault setting). */
export interface NoteTexts {
	goal: { behaviour: string; why: string; whereWhen: string; evidence: string; progress: string; progressPrompt: string };
	case: { question: string; lookBack: string; reflection: string; reflectionPrompt: string };
	/** The look back on last time's actions: plain list items, so task lists do not show them twice. */
	lookBack: { from: (link: string) => string; due: (day: string) => string; empty: string };
	report: {
		fileName: string;
		sessionFileName: (n: number) => string;
		happened: string;
		happenedPrompt: string;
		learned: string;
		learnedPrompt: string;
		goals: string;
		goalPrompt: string;
		noGoals: string;
		next: string;
		nextPrompt: string;
		lookBack: string;
	};
	trajectory: { about: string; aboutPrompt: string; sessions: string; sessionsPrompt: string; members: string };
	session: { fileName: (n: number) => string; plainName: string; notes: string };
	folders: { base: string; trajectory: string; goal: string; case: string; session: string; report: string; intake: string; evaluation: string };
}

const nl: NoteTexts = {
	goal: {
		behaviour: "Wat ik ga doen",
		why: "Waarom dit voor mij belangrijk is",
		whereWhen: "Waar en wanneer",
		evidence: "Hoe ik merk dat het lukt",
		progress: "Voortgang",
		progressPrompt: "Verslagen en casussen die naar dit leerdoel linken, tellen mee in je voortgang.",
	},
	case: {
		question: "Mijn vraag",
		lookBack: "Terugblik op mijn vorige acties",
		reflection: "Na de bespreking",
		reflectionPrompt: "Wat neem je mee uit de bespreking?",
	},
	report: {
		fileName: "Verslag",
		sessionFileName: (n) => `Verslag bijeenkomst ${n}`,
		happened: "Wat er gebeurde",
		happenedPrompt: "Welke casus werd besproken, met welke methode, en wat viel je op?",
		learned: "Wat ik over mezelf leerde",
		learnedPrompt: "Wat zag je van jezelf terug: in de casus, in je vragen, in je reacties?",
		goals: "Mijn leerdoelen",
		goalPrompt: "Wat deed je deze periode aan dit doel, en wat zegt de bespreking erover?",
		noGoals: "Nog geen actieve leerdoelen. Maak er een met de opdracht 'Nieuw leerdoel'.",
		next: "Wat ik nu ga doen",
		nextPrompt: "Schrijf elke actie als taak met een datum, bijvoorbeeld: - [ ] Ik vat het overleg samen 📅 2026-01-15",
		lookBack: "Terugblik op mijn vorige acties",
	},
	trajectory: {
		about: "Over dit traject",
		aboutPrompt: "Wat willen we als groep bereiken, en welke afspraken maken we over vertrouwelijkheid en aanwezigheid?",
		sessions: "Bijeenkomsten",
		sessionsPrompt: "Bijeenkomsten die naar dit traject linken, verschijnen in het dashboard.",
		members: "Deelnemers",
	},
	lookBack: { from: (link) => `Uit ${link}:`, due: (day) => `uiterlijk ${day}`, empty: "Geen open acties uit je vorige verslag." },
	session: { fileName: (n) => `Bijeenkomst ${n}`, plainName: "Bijeenkomst", notes: "Aantekeningen" },
	folders: {
		base: "Intervisie",
		trajectory: "Intervisie/Trajecten",
		goal: "Intervisie/Leerdoelen",
		case: "Intervisie/Casussen",
		session: "Intervisie/Bijeenkomsten",
		report: "Intervisie/Verslagen",
		intake: "Intervisie/Intakes",
		evaluation: "Intervisie/Evaluaties",
	},
};

const en: NoteTexts = {
	goal: {
		behaviour: "What I will do",
		why: "Why this matters to me",
		whereWhen: "Where and when",
		evidence: "How I will know",
		progress: "Progress",
		progressPrompt: "Reports and cases that link to this goal count toward its progress.",
	},
	case: {
		question: "My question",
		lookBack: "Looking back at my previous actions",
		reflection: "After the discussion",
		reflectionPrompt: "What do you take away from the discussion?",
	},
	report: {
		fileName: "Report",
		sessionFileName: (n) => `Report session ${n}`,
		happened: "What happened",
		happenedPrompt: "Which case was discussed, with which method, and what struck you?",
		learned: "What I learned about myself",
		learnedPrompt: "What did you notice about yourself: in the case, in your questions, in your reactions?",
		goals: "My learning goals",
		goalPrompt: "What did you do for this goal lately, and what does the discussion say about it?",
		noGoals: "No active learning goals yet. Create one with the command 'New learning goal'.",
		next: "What I will do next",
		nextPrompt: "Write each action as a task with a date, for example: - [ ] Summarise the team meeting 📅 2026-01-15",
		lookBack: "Looking back at my previous actions",
	},
	trajectory: {
		about: "About this trajectory",
		aboutPrompt: "What do we want to achieve as a group, and what do we agree about confidentiality and attendance?",
		sessions: "Sessions",
		sessionsPrompt: "Sessions that link to this trajectory appear in the dashboard.",
		members: "Members",
	},
	lookBack: { from: (link) => `From ${link}:`, due: (day) => `due ${day}`, empty: "No open actions from your previous report." },
	session: { fileName: (n) => `Session ${n}`, plainName: "Session", notes: "Notes" },
	folders: {
		base: "Intervisie",
		trajectory: "Intervisie/Trajectories",
		goal: "Intervisie/Goals",
		case: "Intervisie/Cases",
		session: "Intervisie/Sessions",
		report: "Intervisie/Reports",
		intake: "Intervisie/Intakes",
		evaluation: "Intervisie/Evaluations",
	},
};

export const NOTE_TEXTS: Readonly<Record<Language, NoteTexts>> = { nl, en };
