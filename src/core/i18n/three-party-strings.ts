import { capital, GLOSSARY } from "./glossary";
import type { Language } from "./language";

const EN = GLOSSARY.en;
const NL = GLOSSARY.nl;

/** Texts of the intake and final evaluation forms, in sentence case. */
const en = {
	commands: { newIntake: "New intake", newEvaluation: "New final evaluation" },
	participant: "Participant",
	participantDesc: "Whose learning goals these are.",
	manager: "Manager",
	managerDesc: "The participant's manager, the third person at the table.",
	facilitator: capital(EN.facilitator.one),
	facilitatorDesc: "Who guides the trajectory.",
	noGoals: "You have no active learning goals yet. Create them with 'New learning goal' and link them to this note later.",
	intake: {
		title: "New intake",
		create: "Create intake",
		goalsHeading: "Learning goals agreed",
		ratingDesc: (anchors: string) => `Where you stand now: ${anchors}. Switch off to leave this goal out.`,
	},
	evaluation: {
		title: "New final evaluation",
		create: "Create evaluation",
		goalsHeading: "Learning goals evaluated",
		ratingDesc: (anchors: string) => `Where you stand at the end: ${anchors}. Switch off to leave this goal out.`,
	},
};

export type ThreePartyStrings = typeof en;

const nl: ThreePartyStrings = {
	commands: { newIntake: "Nieuw intakegesprek", newEvaluation: "Nieuwe eindevaluatie" },
	participant: "Deelnemer",
	participantDesc: "Van wie deze leerdoelen zijn.",
	manager: "Leidinggevende",
	managerDesc: "De leidinggevende van de deelnemer, de derde aan tafel.",
	facilitator: capital(NL.facilitator.one),
	facilitatorDesc: "Wie het traject begeleidt.",
	noGoals: "Je hebt nog geen actieve leerdoelen. Maak ze met 'Nieuw leerdoel' en link ze later aan deze notitie.",
	intake: {
		title: "Nieuw intakegesprek",
		create: "Intakegesprek maken",
		goalsHeading: "Afgesproken leerdoelen",
		ratingDesc: (anchors: string) => `Waar je nu staat: ${anchors}. Zet uit om dit leerdoel weg te laten.`,
	},
	evaluation: {
		title: "Nieuwe eindevaluatie",
		create: "Evaluatie maken",
		goalsHeading: "Geëvalueerde leerdoelen",
		ratingDesc: (anchors: string) => `Waar je aan het eind staat: ${anchors}. Zet uit om dit leerdoel weg te laten.`,
	},
};

export const THREE_PARTY_STRINGS: Readonly<Record<Language, ThreePartyStrings>> = { en, nl };
