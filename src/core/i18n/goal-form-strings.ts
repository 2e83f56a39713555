import { capital, GLOSSARY } from "./glossary";
import type { Language } from "./language";

/** The form for a new learning goal. In sentence case. */
const en = {
	goal: {
		title: "New learning goal",
		name: "Short name",
		namePlaceholder: "Summarise in meetings",
		statement: "What will you do?",
		statementPlaceholder: "I summarise the decisions at the end of every team meeting.",
		why: "Why does this matter to you?",
		whereWhen: "Where and when?",
		evidence: "How will you know?",
		deadline: capital(GLOSSARY.en.targetDate.one),
		baseline: "Where you stand now",
		target: "Where you want to be",
		ratingDesc: (anchors: string) => `${anchors}.`,
		status: "Status",
		create: "Create goal",
		tipsHeading: "Tips for a strong goal",
		allMet: "This goal meets every checkable criterion. Does it still motivate you?",
	},
};

export type GoalFormStrings = typeof en;

const nl: GoalFormStrings = {
	goal: {
		title: "Nieuw leerdoel",
		name: "Korte naam",
		namePlaceholder: "Samenvatten in overleg",
		statement: "Wat ga je doen?",
		statementPlaceholder: "Ik vat aan het eind van elk teamoverleg de besluiten samen.",
		why: "Waarom is dit belangrijk voor je?",
		whereWhen: "Waar en wanneer?",
		evidence: "Hoe merk je dat het lukt?",
		deadline: capital(GLOSSARY.nl.targetDate.one),
		baseline: "Waar je nu staat",
		target: "Waar je wilt staan",
		ratingDesc: (anchors) => `${anchors}.`,
		status: "Status",
		create: "Leerdoel maken",
		tipsHeading: "Tips voor een sterk leerdoel",
		allMet: "Dit leerdoel voldoet aan alle toetsbare criteria. Motiveert het je ook?",
	},
};

export const GOAL_FORM_STRINGS: Readonly<Record<Language, GoalFormStrings>> = { nl, en };
