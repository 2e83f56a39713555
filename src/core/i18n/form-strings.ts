import { NO_BREAK } from "../dates/format-day";
import { capital, GLOSSARY } from "./glossary";
import type { Language } from "./language";

const EN = GLOSSARY.en;
const NL = GLOSSARY.nl;

/** Fields shared by the forms, and the forms for a case and a session report. In sentence case. */
const en = {
	common: {
		yourName: "Your name",
		yourNameDesc: "Saved in the settings. Your notes carry it as author.",
		none: "None",
		cancel: EN.cancel,
		date: "Date",
		trajectory: "Trajectory",
		noTrajectory: "No trajectory",
		session: "Session",
		noSession: "No session",
		method: "Method",
		goals: "Learning goals",
		draftRestored: "Your unfinished text is back.",
		previousActions: "Open actions from your last report",
		noPreviousActions: "No open actions from your last report.",
		due: (day: string) => `due${NO_BREAK}${day}`,
	},
	case: {
		title: "Prepare a case",
		question: "Your question",
		questionPlaceholder: "How can I …?",
		create: "Create case",
		checksHeading: "Tips for your question",
	},
	report: {
		title: "Write session report",
		case: "Case discussed",
		noCase: "No case",
		role: "My role",
		roles: { "case-bringer": capital(EN.caseBringer.one), participant: "Participant", facilitator: capital(EN.chair.one) },
		ratingsHeading: "Progress on your goals",
		ratingDesc: (anchors: string) => `${anchors}. Leave empty to skip.`,
		noGoals: "You have no active learning goals yet. The report can still be written.",
		actionsHeading: "What you will do next",
		action: (n: number) => `Action ${n}`,
		actionPlaceholder: "Short and concrete",
		create: "Create report",
	},
};

export type FormStrings = typeof en;

const nl: FormStrings = {
	common: {
		yourName: "Je naam",
		yourNameDesc: "Wordt bewaard in de instellingen. Je notities krijgen hem als auteur.",
		none: "Geen",
		cancel: NL.cancel,
		date: "Datum",
		trajectory: "Traject",
		noTrajectory: "Geen traject",
		session: "Bijeenkomst",
		noSession: "Geen bijeenkomst",
		method: "Methode",
		goals: "Leerdoelen",
		draftRestored: "Je onafgemaakte tekst staat er weer.",
		previousActions: "Open acties uit je vorige verslag",
		noPreviousActions: "Geen open acties uit je vorige verslag.",
		due: (day) => `uiterlijk${NO_BREAK}${day}`,
	},
	case: {
		title: "Casus voorbereiden",
		question: "Je vraag",
		questionPlaceholder: "Hoe kan ik …?",
		create: "Casus maken",
		checksHeading: "Tips voor je vraag",
	},
	report: {
		title: "Verslag van bijeenkomst schrijven",
		case: "Besproken casus",
		noCase: "Geen casus",
		role: "Mijn rol",
		roles: { "case-bringer": capital(NL.caseBringer.one), participant: "Deelnemer", facilitator: capital(NL.chair.one) },
		ratingsHeading: "Voortgang op je leerdoelen",
		ratingDesc: (anchors) => `${anchors}. Laat leeg om over te slaan.`,
		noGoals: "Je hebt nog geen actieve leerdoelen. Je kunt het verslag toch schrijven.",
		actionsHeading: "Wat je nu gaat doen",
		action: (n) => `Actie ${n}`,
		actionPlaceholder: "Kort en concreet",
		create: "Verslag maken",
	},
};

export const FORM_STRINGS: Readonly<Record<Language, FormStrings>> = { nl, en };
